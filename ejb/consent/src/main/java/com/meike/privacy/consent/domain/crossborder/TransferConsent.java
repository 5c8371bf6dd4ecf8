package com.meike.privacy.consent.domain.crossborder;

import com.meike.privacy.consent.domain.ledger.ActedAs;
import com.meike.privacy.consent.domain.ledger.ConsentAction;
import com.meike.privacy.consent.domain.ledger.ConsentChannel;
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
 * One entry of the append-only ledger of separate consents to transfers abroad (DATA-4): the person
 * (or a child's guardian) gave or withdrew consent to one registered transfer. The latest entry per
 * person and transfer is in force; entries are never changed or removed.
 */
@Entity
@Table(name = "consent_crossborder_consent")
public class TransferConsent {

  @Id
  @SequenceGenerator(
      name = "consent_crossborder_consent_seq",
      sequenceName = "consent_crossborder_consent_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_crossborder_consent_seq")
  @Column(name = "sequence", nullable = false, updatable = false)
  private Long sequence;

  @Column(name = "transfer_id", length = 64, nullable = false, updatable = false)
  private String transferId;

  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false, updatable = false)
  private String subjectId;

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

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  /** For JPA only. */
  protected TransferConsent() {}

  public TransferConsent(
      String transferId,
      SubjectId subject,
      ConsentAction action,
      ConsentChannel channel,
      SubjectId actor,
      ActedAs actedAs,
      Instant occurredAt) {
    this.transferId = Objects.requireNonNull(transferId, "transferId");
    this.subjectId = subject.value();
    this.action = Objects.requireNonNull(action, "action");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.actor = actor.value();
    this.actedAs = Objects.requireNonNull(actedAs, "actedAs");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
  }

  public Long sequence() {
    return sequence;
  }

  public String transferId() {
    return transferId;
  }

  public String subjectId() {
    return subjectId;
  }

  public ConsentAction action() {
    return action;
  }

  public ConsentChannel channel() {
    return channel;
  }

  public String actor() {
    return actor;
  }

  public ActedAs actedAs() {
    return actedAs;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
