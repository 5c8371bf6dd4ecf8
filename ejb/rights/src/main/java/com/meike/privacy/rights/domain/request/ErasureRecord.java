package com.meike.privacy.rights.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Proof of what one context did for a deletion or cancellation (DSR-2, ID-7): counts deleted and
 * anonymised, and what it keeps and why (RET-2). No personal data.
 */
@Entity
@Table(name = "rights_erasure_record")
public class ErasureRecord {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "request_id", length = 36, nullable = false, updatable = false)
  private String requestId;

  @Column(name = "context_name", length = 32, nullable = false, updatable = false)
  private String context;

  @Column(name = "deleted_rows", nullable = false, updatable = false)
  private int deleted;

  @Column(name = "anonymised_rows", nullable = false, updatable = false)
  private int anonymised;

  @Column(name = "kept", length = 2000, updatable = false)
  private String kept;

  @Column(name = "erased_at", nullable = false, updatable = false)
  private Instant erasedAt;

  protected ErasureRecord() {}

  public ErasureRecord(
      String id,
      String requestId,
      String context,
      int deleted,
      int anonymised,
      String kept,
      Instant erasedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.context = Objects.requireNonNull(context, "context");
    this.deleted = deleted;
    this.anonymised = anonymised;
    this.kept = kept == null || kept.length() <= 2000 ? kept : kept.substring(0, 2000);
    this.erasedAt = Objects.requireNonNull(erasedAt, "erasedAt");
  }

  public String requestId() {
    return requestId;
  }

  public String context() {
    return context;
  }

  public int deleted() {
    return deleted;
  }

  public int anonymised() {
    return anonymised;
  }

  public String kept() {
    return kept;
  }

  public Instant erasedAt() {
    return erasedAt;
  }
}
