package com.meike.privacy.lawful.domain.request;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The legal document file of a request (DISC-1), as received: its name, media type, size and
 * SHA-256, and its bytes sealed under the lawful context's document key. Never changed.
 */
@Entity
@Table(name = "lawful_disclosure_document")
public class DisclosureDocument {

  /**
   * Largest file accepted (512 KiB: a scanned letter of a few pages); sealed and Base64-encoded
   * twice over it still fits the column on H2 and PostgreSQL.
   */
  public static final int MAX_BYTES = 512 * 1024;

  @Id
  @Column(name = "request_id", length = 36, nullable = false, updatable = false)
  private String requestId;

  @Column(name = "file_name", length = 200, nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", length = 100, nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", length = 64, nullable = false, updatable = false)
  private String sha256;

  @Column(name = "sealed_content", length = 1_000_000, nullable = false, updatable = false)
  private String sealedContent;

  /** For JPA only. */
  protected DisclosureDocument() {}

  /**
   * @param sealedContent the file's bytes (Base64) sealed by the caller
   * @throws DomainException INVALID_INPUT on {@code document.fileName}, {@code document.mediaType}
   *     or {@code document.contentBase64} (empty or too large)
   */
  public static DisclosureDocument of(
      String requestId,
      String fileName,
      String mediaType,
      int sizeBytes,
      String sha256,
      String sealedContent) {
    if (fileName == null
        || fileName.isBlank()
        || fileName.strip().length() > 200
        || fileName.contains("/")
        || fileName.contains("\\")) {
      throw DomainException.invalid(
          "document.fileName", "is required: a file name without folders, at most 200 characters");
    }
    if (mediaType == null
        || !mediaType.strip().matches("[a-zA-Z0-9.+-]+/[a-zA-Z0-9.+-]+")
        || mediaType.length() > 100) {
      throw DomainException.invalid(
          "document.mediaType", "must be a media type such as application/pdf");
    }
    if (sizeBytes <= 0 || sizeBytes > MAX_BYTES) {
      throw DomainException.invalid(
          "document.contentBase64",
          "the file must have between 1 byte and " + MAX_BYTES + " bytes");
    }
    DisclosureDocument d = new DisclosureDocument();
    d.requestId = Objects.requireNonNull(requestId, "requestId");
    d.fileName = fileName.strip();
    d.mediaType = mediaType.strip();
    d.sizeBytes = sizeBytes;
    d.sha256 = Objects.requireNonNull(sha256, "sha256");
    d.sealedContent = Objects.requireNonNull(sealedContent, "sealedContent");
    return d;
  }

  public String requestId() {
    return requestId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String sealedContent() {
    return sealedContent;
  }
}
