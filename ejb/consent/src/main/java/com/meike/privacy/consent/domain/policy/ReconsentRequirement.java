package com.meike.privacy.consent.domain.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who must consent again because a major change was published (CON-5, Part 2 §VIII): one
 * per person and major version, marked when the version is published, satisfied when the person (or
 * their guardian) accepts the new version.
 *
 * <p>Until they consent again under the new version, a consent they gave before the change no
 * longer lets an optional or sensitive purpose run ({@link #outdates}); necessary purposes go on,
 * because the service the person uses still needs them.
 *
 * <p>A transfer of the data to a new holder that does not take over the policy (PTN-6) marks the
 * same way, under the version in force, naming the transfer: then every consent given before the
 * mark is outdated, under whichever version it was given.
 */
@Entity
@Table(name = "consent_reconsent_requirement")
@IdClass(ReconsentRequirement.Key.class)
public class ReconsentRequirement {

  @Id
  @Column(name = "subject_id", length = 64, nullable = false, updatable = false)
  private String subjectId;

  @Id
  @Column(
      name = "policy_version",
      length = PolicyVersion.MAX_VERSION_LENGTH,
      nullable = false,
      updatable = false)
  private String policyVersion;

  @Column(name = "marked_at", nullable = false, updatable = false)
  private Instant markedAt;

  @Column(name = "satisfied_at")
  private Instant satisfiedAt;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  @Column(name = "notified_to", length = 64)
  private String notifiedTo;

  @Column(name = "data_holder_transfer_id", length = 36)
  private String dataHolderTransferId;

  /** For JPA only. */
  protected ReconsentRequirement() {}

  public ReconsentRequirement(String subjectId, String policyVersion, Instant markedAt) {
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion");
    this.markedAt = Objects.requireNonNull(markedAt, "markedAt");
  }

  /**
   * A requirement as stored, read back without JPA (the consent check's one read): what {@link
   * #outdates} needs and whether it is satisfied.
   */
  public static ReconsentRequirement stored(
      String subjectId,
      String policyVersion,
      Instant markedAt,
      Instant satisfiedAt,
      String dataHolderTransferId) {
    ReconsentRequirement requirement = new ReconsentRequirement(subjectId, policyVersion, markedAt);
    requirement.satisfiedAt = satisfiedAt;
    requirement.dataHolderTransferId = dataHolderTransferId;
    return requirement;
  }

  /**
   * Whether a consent given under {@code entryVersion} at {@code entryOccurredAt} predates this
   * requirement and so no longer counts: it was given before the major change was marked, under
   * another version.
   */
  public boolean outdates(String entryVersion, Instant entryOccurredAt) {
    return (dataHolderTransferId != null || !policyVersion.equals(entryVersion))
        && entryOccurredAt.isBefore(markedAt);
  }

  /**
   * The person accepted the new version. Once satisfied, stays satisfied (the first time counts).
   */
  public void satisfy(Instant now) {
    Objects.requireNonNull(now, "now");
    if (satisfiedAt == null) {
      satisfiedAt = now;
    }
  }

  /**
   * Records that {@code recipient} was told about the change at {@code now}.
   *
   * @return false when someone was already told, which then stays as it was
   */
  public boolean recordNotice(String recipient, Instant now) {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(now, "now");
    if (notifiedAt != null) {
      return false;
    }
    notifiedAt = now;
    notifiedTo = recipient;
    return true;
  }

  public String subjectId() {
    return subjectId;
  }

  public String policyVersion() {
    return policyVersion;
  }

  public Instant markedAt() {
    return markedAt;
  }

  public Optional<Instant> satisfiedAt() {
    return Optional.ofNullable(satisfiedAt);
  }

  /** When the person (or their guardian, {@link #notifiedTo}) was told about the change. */
  public Optional<Instant> notifiedAt() {
    return Optional.ofNullable(notifiedAt);
  }

  public Optional<String> notifiedTo() {
    return Optional.ofNullable(notifiedTo);
  }

  /** The transfer to a new holder that caused this requirement (PTN-6), if not a policy change. */
  public Optional<String> dataHolderTransferId() {
    return Optional.ofNullable(dataHolderTransferId);
  }

  /** The composite key: person and version. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String subjectId;
    private String policyVersion;

    public Key() {}

    public Key(String subjectId, String policyVersion) {
      this.subjectId = subjectId;
      this.policyVersion = policyVersion;
    }

    @Override
    public boolean equals(Object other) {
      return this == other
          || (other instanceof Key that
              && Objects.equals(subjectId, that.subjectId)
              && Objects.equals(policyVersion, that.policyVersion));
    }

    @Override
    public int hashCode() {
      return Objects.hash(subjectId, policyVersion);
    }
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof ReconsentRequirement that
            && Objects.equals(subjectId, that.subjectId)
            && Objects.equals(policyVersion, that.policyVersion));
  }

  @Override
  public int hashCode() {
    return Objects.hash(subjectId, policyVersion);
  }

  @Override
  public String toString() {
    return "ReconsentRequirement[" + subjectId + ", " + policyVersion + "]";
  }
}
