package com.meike.privacy.rights.domain.request;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The access package of an ACCESS request (DSR-1): the JSON, sealed under the rights context's key,
 * downloadable once by the person; the download erases the ciphertext, keeping only its hash and
 * when it was taken.
 */
@Entity
@Table(name = "rights_access_package")
public class AccessPackage {

  @Id
  @Column(name = "request_id", length = 36, nullable = false, updatable = false)
  private String requestId;

  @Column(name = "sealed_content", length = 1_000_000)
  private String sealedContent;

  @Column(name = "sha256", length = 64, nullable = false, updatable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "built_at", nullable = false, updatable = false)
  private Instant builtAt;

  @Column(name = "downloaded_at")
  private Instant downloadedAt;

  protected AccessPackage() {}

  public AccessPackage(
      String requestId, String sealedContent, String sha256, long sizeBytes, Instant builtAt) {
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.sealedContent = Objects.requireNonNull(sealedContent, "sealedContent");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.sizeBytes = sizeBytes;
    this.builtAt = Objects.requireNonNull(builtAt, "builtAt");
  }

  /**
   * Hands the sealed content out once.
   *
   * @throws DomainException CONFLICT when it was downloaded already
   */
  public String takeOnce(Instant now) {
    if (sealedContent == null) {
      throw DomainException.conflict(
          "the package was downloaded already (once only); make a new ACCESS request for a fresh copy");
    }
    String content = sealedContent;
    sealedContent = null;
    downloadedAt = now;
    return content;
  }

  public String requestId() {
    return requestId;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Instant builtAt() {
    return builtAt;
  }

  public Instant downloadedAt() {
    return downloadedAt;
  }

  public boolean available() {
    return sealedContent != null;
  }
}
