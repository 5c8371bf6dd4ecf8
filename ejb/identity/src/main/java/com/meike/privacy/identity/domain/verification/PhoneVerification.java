package com.meike.privacy.identity.domain.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One code sent to one phone. Holds only keyed hashes of the phone, the client address and the code
 * itself; the plaintext code exists only in the SMS message. A code is accepted once, before it
 * expires and before {@code maxAttempts} wrong tries.
 */
@Entity
@Table(name = "phone_verification")
public class PhoneVerification {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "phone_hash", length = 64, nullable = false, updatable = false)
  private String phoneHash;

  @Column(name = "client_hash", length = 64, nullable = false, updatable = false)
  private String clientHash;

  @Column(name = "code_hash", length = 64, nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "max_attempts", nullable = false, updatable = false)
  private int maxAttempts;

  @Column(name = "used_at")
  private Instant usedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected PhoneVerification() {}

  private PhoneVerification(
      String phoneHash, String clientHash, String codeHash, Instant now, CodeRules rules) {
    this.id = UUID.randomUUID().toString();
    this.phoneHash = Objects.requireNonNull(phoneHash, "phoneHash");
    this.clientHash = Objects.requireNonNull(clientHash, "clientHash");
    this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
    this.issuedAt = Objects.requireNonNull(now, "now");
    this.expiresAt = now.plus(rules.validity());
    this.maxAttempts = rules.maxAttempts();
  }

  /** A code just sent; {@code codeHash} is the keyed hash of the code. */
  public static PhoneVerification issue(
      String phoneHash, String clientHash, String codeHash, Instant now, CodeRules rules) {
    return new PhoneVerification(phoneHash, clientHash, codeHash, now, rules);
  }

  /**
   * What presenting a code finds, without changing anything. {@code matchesCode} tells whether the
   * presented code hashes to {@link #codeHash()} (the key stays outside the domain).
   */
  public CodeCheck check(Predicate<String> matchesCode, Instant now) {
    if (usedAt != null) {
      return CodeCheck.ALREADY_USED;
    }
    if (failedAttempts >= maxAttempts) {
      return CodeCheck.BURNT;
    }
    if (!now.isBefore(expiresAt)) {
      return CodeCheck.EXPIRED;
    }
    if (!matchesCode.test(codeHash)) {
      return failedAttempts + 1 >= maxAttempts ? CodeCheck.WRONG_AND_BURNT : CodeCheck.WRONG;
    }
    return CodeCheck.ACCEPTED;
  }

  /** Records a wrong attempt (the last allowed one burns the code). */
  public void failedAttempt() {
    if (failedAttempts < maxAttempts) {
      failedAttempts++;
    }
  }

  /** Uses the code up; only after {@link #check} accepted it. */
  public void use(Instant now) {
    if (usedAt != null) {
      throw new IllegalStateException("a verification code is used only once");
    }
    usedAt = Objects.requireNonNull(now, "now");
  }

  public String id() {
    return id;
  }

  public String phoneHash() {
    return phoneHash;
  }

  public String clientHash() {
    return clientHash;
  }

  public String codeHash() {
    return codeHash;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public boolean used() {
    return usedAt != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneVerification v && Objects.equals(id, v.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
