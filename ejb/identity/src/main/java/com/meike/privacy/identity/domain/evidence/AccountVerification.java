package com.meike.privacy.identity.domain.evidence;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One submission of verification evidence by an account and its review. Only ciphertext of the
 * evidence is held, plus the keyed hash of its number: {@code evidenceHash} always, {@code
 * claimedHash} while the submission is pending or passed, so the database's unique constraint lets
 * one document verify one account only; a failed submission releases its claim.
 */
@Entity
@Table(name = "account_verification")
public class AccountVerification {

  @Id
  @Column(name = "id", length = 64, nullable = false, updatable = false)
  private String id;

  @Column(name = "account_id", length = 64, nullable = false, updatable = false)
  private String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false, updatable = false)
  private VerificationKind kind;

  @Column(name = "evidence_type", length = 24, nullable = false, updatable = false)
  private String evidenceType;

  @Column(name = "evidence_hash", length = 64, nullable = false, updatable = false)
  private String evidenceHash;

  @Column(name = "claimed_hash", length = 64, unique = true)
  private String claimedHash;

  @Column(name = "number_ciphertext", length = 256, nullable = false, updatable = false)
  private String numberCiphertext;

  @Column(name = "name_ciphertext", length = 512, nullable = false, updatable = false)
  private String nameCiphertext;

  @Column(name = "representative_ciphertext", length = 256, updatable = false)
  private String representativeCiphertext;

  @Column(name = "face_check_ciphertext", length = 256, updatable = false)
  private String faceCheckCiphertext;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 16, nullable = false)
  private VerificationState state;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "reason_ciphertext", length = 1024)
  private String reasonCiphertext;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected AccountVerification() {}

  /** The sealed form of one piece of evidence; see {@link Evidence} for the plaintext. */
  public record Sealed(
      String evidenceHash,
      String number,
      String name,
      String representative,
      String faceCheckReference) {
    public Sealed {
      Objects.requireNonNull(evidenceHash, "evidenceHash");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(name, "name");
    }
  }

  /** A new pending submission with id {@code v-<uuid>}. */
  public static AccountVerification submit(
      String accountId, VerificationKind kind, String evidenceType, Sealed sealed, Instant now) {
    AccountVerification v = new AccountVerification();
    v.id = "v-" + UUID.randomUUID();
    v.accountId = Objects.requireNonNull(accountId, "accountId");
    v.kind = Objects.requireNonNull(kind, "kind");
    v.evidenceType = Objects.requireNonNull(evidenceType, "evidenceType");
    v.evidenceHash = sealed.evidenceHash();
    v.claimedHash = sealed.evidenceHash();
    v.numberCiphertext = sealed.number();
    v.nameCiphertext = sealed.name();
    v.representativeCiphertext = sealed.representative();
    v.faceCheckCiphertext = sealed.faceCheckReference();
    v.state = VerificationState.PENDING;
    v.submittedAt = Objects.requireNonNull(now, "now");
    return v;
  }

  /**
   * Records the review. A failed submission gives its document free for another submission.
   *
   * @throws DomainException CONFLICT unless the submission is pending; INVALID_INPUT on {@code
   *     outcome} unless PASSED or FAILED
   */
  public void decide(VerificationState outcome, String reviewer, String sealedReason, Instant now) {
    if (outcome == null || outcome == VerificationState.PENDING) {
      throw DomainException.invalid("outcome", "must be PASSED or FAILED");
    }
    if (state != VerificationState.PENDING) {
      throw DomainException.conflict("This verification was already decided (" + state + ").");
    }
    state = outcome;
    decidedBy = Objects.requireNonNull(reviewer, "reviewer");
    decidedAt = Objects.requireNonNull(now, "now");
    reasonCiphertext = sealedReason;
    if (outcome == VerificationState.FAILED) {
      claimedHash = null;
    }
  }

  public String id() {
    return id;
  }

  public String accountId() {
    return accountId;
  }

  public VerificationKind kind() {
    return kind;
  }

  public String evidenceType() {
    return evidenceType;
  }

  public String evidenceHash() {
    return evidenceHash;
  }

  /** The evidence hash while this submission holds the document; null once it failed. */
  public String claimedHash() {
    return claimedHash;
  }

  public String numberCiphertext() {
    return numberCiphertext;
  }

  public String nameCiphertext() {
    return nameCiphertext;
  }

  public String representativeCiphertext() {
    return representativeCiphertext;
  }

  public String faceCheckCiphertext() {
    return faceCheckCiphertext;
  }

  public VerificationState state() {
    return state;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String reasonCiphertext() {
    return reasonCiphertext;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccountVerification v && Objects.equals(id, v.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
