package com.meike.privacy.identity.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An app user's account. The phone number is never stored in plaintext: {@code phoneHash} (keyed
 * hash) finds the account, {@code phoneCiphertext} (authenticated encryption) keeps the number for
 * when it is needed (DATA-3).
 */
@Entity
@Table(name = "app_account")
public class AppAccount {

  @Id
  @Column(name = "id", length = 64, nullable = false, updatable = false)
  private String id;

  @Column(name = "phone_hash", length = 64, nullable = false, unique = true)
  private String phoneHash;

  @Column(name = "phone_ciphertext", length = 256, nullable = false)
  private String phoneCiphertext;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 16, nullable = false)
  private AppRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "extra_verification", length = 16, nullable = false)
  private ExtraVerification extraVerification;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  /** For JPA. */
  protected AppAccount() {}

  private AppAccount(
      String id, String phoneHash, String phoneCiphertext, AppRole role, Instant registeredAt) {
    this.id = id;
    this.phoneHash = Objects.requireNonNull(phoneHash, "phoneHash");
    this.phoneCiphertext = Objects.requireNonNull(phoneCiphertext, "phoneCiphertext");
    this.role = Objects.requireNonNull(role, "role");
    this.extraVerification =
        role.needsExtraVerification() ? ExtraVerification.PENDING : ExtraVerification.NOT_REQUIRED;
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /** A new account with id {@code u-<uuid>}. */
  public static AppAccount register(
      String phoneHash, String phoneCiphertext, AppRole role, Instant now) {
    return new AppAccount("u-" + UUID.randomUUID(), phoneHash, phoneCiphertext, role, now);
  }

  /**
   * The account's verification is under review (ID-3), or for a customer the optional real-name
   * verification is (ID-4).
   */
  public void verificationSubmitted() {
    extraVerification = ExtraVerification.PENDING;
  }

  /** The review's outcome, PASSED or FAILED, is the account's status from now on. */
  public void verificationDecided(boolean passed) {
    extraVerification = passed ? ExtraVerification.PASSED : ExtraVerification.FAILED;
  }

  public String id() {
    return id;
  }

  public String phoneHash() {
    return phoneHash;
  }

  public String phoneCiphertext() {
    return phoneCiphertext;
  }

  public AppRole role() {
    return role;
  }

  public ExtraVerification extraVerification() {
    return extraVerification;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AppAccount a && Objects.equals(id, a.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
