package com.meike.privacy.lawful.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The encrypted package of an approved request (DISC-1): the ciphertext (Base64 of {@link
 * PackageCipher}'s output) and, until it is handed over once, its key sealed under the document
 * key. After the handover the key is erased: nobody here can open the package any more.
 */
@Entity
@Table(name = "lawful_disclosure_package")
public class DisclosurePackage {

  @Id
  @Column(name = "request_id", length = 36, nullable = false, updatable = false)
  private String requestId;

  /**
   * The column holds up to 10,000,000 characters since V3 (audio in the package, REC-9); mapped as
   * varchar.
   */
  @Column(name = "ciphertext", length = 1_000_000, nullable = false, updatable = false)
  private String ciphertext;

  @Column(name = "sha256", length = 64, nullable = false, updatable = false)
  private String sha256;

  @Column(name = "sealed_key", length = 200)
  private String sealedKey;

  @Column(name = "built_at", nullable = false, updatable = false)
  private Instant builtAt;

  /** For JPA only. */
  protected DisclosurePackage() {}

  public DisclosurePackage(
      String requestId, String ciphertext, String sha256, String sealedKey, Instant builtAt) {
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.sealedKey = Objects.requireNonNull(sealedKey, "sealedKey");
    this.builtAt = Objects.requireNonNull(builtAt, "builtAt");
  }

  /** Takes the sealed key out: the first call returns it, every later one nothing. */
  public Optional<String> takeKey() {
    Optional<String> key = Optional.ofNullable(sealedKey);
    sealedKey = null;
    return key;
  }

  public String requestId() {
    return requestId;
  }

  public String ciphertext() {
    return ciphertext;
  }

  public String sha256() {
    return sha256;
  }

  public Instant builtAt() {
    return builtAt;
  }
}
