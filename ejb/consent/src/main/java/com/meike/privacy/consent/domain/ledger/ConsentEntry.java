package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.policy.PolicyVersion;
import com.meike.privacy.consent.domain.subject.SubjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One fact of the consent ledger (CON-1): {@code actor}, acting {@code actedAs} for {@code
 * subject}, gave or withdrew consent to one purpose under one policy version, through one channel,
 * at one time. Entries are only ever appended: there is no method that changes one, every column is
 * mapped read-only after insert, and the repository has no update or delete. The {@link
 * #sequence()} orders a person's entries; the latest for a purpose is the one in force.
 *
 * <p>Created only by {@link ConsentRules}, which decides whether the entry may be recorded.
 */
@Entity
@Table(name = "consent_entry")
public class ConsentEntry {

  @Id
  @SequenceGenerator(
      name = "consent_entry_seq",
      sequenceName = "consent_entry_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_entry_seq")
  @Column(name = "sequence", nullable = false, updatable = false)
  private Long sequence;

  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false, updatable = false)
  private String subjectId;

  @Column(
      name = "purpose_code",
      length = PurposeCode.MAX_LENGTH,
      nullable = false,
      updatable = false)
  private String purposeCode;

  @Column(
      name = "policy_version",
      length = PolicyVersion.MAX_VERSION_LENGTH,
      nullable = false,
      updatable = false)
  private String policyVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 16, nullable = false, updatable = false)
  private ConsentAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 32, nullable = false, updatable = false)
  private ConsentChannel channel;

  @Column(name = "actor", length = SubjectId.MAX_LENGTH, nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "acted_as", length = 16, nullable = false, updatable = false)
  private ActedAs actedAs;

  @Column(name = "recorded_by", length = 100, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  /** For JPA only. */
  protected ConsentEntry() {}

  ConsentEntry(
      ConsentAct act,
      PurposeCode purpose,
      String policyVersion,
      ConsentAction action,
      Instant occurredAt) {
    Objects.requireNonNull(act, "act");
    this.subjectId = act.subject().value();
    this.purposeCode = Objects.requireNonNull(purpose, "purpose").value();
    this.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion");
    this.action = Objects.requireNonNull(action, "action");
    this.channel = act.channel();
    this.actor = act.actor().value();
    this.actedAs = act.actedAs();
    this.recordedBy = act.recordedBy();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /**
   * An entry as the ledger (or its current-consent projection) stored it, read back without JPA:
   * the consent check's one read. Not for making new entries (the rules do that).
   */
  public static ConsentEntry stored(
      long sequence,
      String subjectId,
      String purposeCode,
      String policyVersion,
      ConsentAction action,
      ConsentChannel channel,
      String actor,
      ActedAs actedAs,
      String recordedBy,
      Instant occurredAt) {
    ConsentEntry entry = new ConsentEntry();
    entry.sequence = sequence;
    entry.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    entry.purposeCode = Objects.requireNonNull(purposeCode, "purposeCode");
    entry.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion");
    entry.action = Objects.requireNonNull(action, "action");
    entry.channel = Objects.requireNonNull(channel, "channel");
    entry.actor = Objects.requireNonNull(actor, "actor");
    entry.actedAs = Objects.requireNonNull(actedAs, "actedAs");
    entry.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    entry.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    return entry;
  }

  /** Position in the ledger, assigned when appended; increases with every entry. */
  public Long sequence() {
    return sequence;
  }

  public String subjectId() {
    return subjectId;
  }

  public String purposeCode() {
    return purposeCode;
  }

  /** The policy version in force when the entry was made. */
  public String policyVersion() {
    return policyVersion;
  }

  public ConsentAction action() {
    return action;
  }

  public ConsentChannel channel() {
    return channel;
  }

  /** Whose will the entry records: the person, or the guardian of a child. */
  public String actor() {
    return actor;
  }

  public ActedAs actedAs() {
    return actedAs;
  }

  /** Who entered it: the actor in the app, or a staff member or beautician. */
  public String recordedBy() {
    return recordedBy;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof ConsentEntry that
            && sequence != null
            && sequence.equals(that.sequence));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(sequence);
  }

  @Override
  public String toString() {
    return "ConsentEntry[" + sequence + ", " + purposeCode + ", " + action + "]";
  }
}
