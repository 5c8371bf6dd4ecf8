package com.meike.privacy.incidents.domain.complaint;

import com.meike.privacy.kernel.crypto.ColumnSeal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * What the complainant attached to a {@link Complaint}: name (sealed, it may name a person), type
 * and size. The sealed content is an {@link AttachmentContent} of the same id, read only when a
 * handler downloads it. Part of the complaint aggregate; never changed.
 */
@Entity
@Table(name = "complaint_attachment")
public class ComplaintAttachment {

  static final int NAME_LENGTH = 100;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_number", nullable = false, updatable = false)
  private Complaint complaint;

  @Column(name = "sealed_name", length = 1000, nullable = false, updatable = false)
  private String sealedName;

  @Column(name = "content_type", length = 100, nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "added_by", length = 100, nullable = false, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  /** For JPA only. */
  protected ComplaintAttachment() {}

  ComplaintAttachment(
      String id,
      Complaint complaint,
      String sealedName,
      String contentType,
      long size,
      String addedBy,
      Instant addedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.complaint = Objects.requireNonNull(complaint, "complaint");
    this.sealedName = Objects.requireNonNull(sealedName, "sealedName");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.size = size;
    this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
    this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
  }

  public String id() {
    return id;
  }

  /** The file name the complainant gave, opened with {@code open} (bound to its complaint). */
  public String name(ColumnSeal open) {
    return open.apply(Complaint.ATTACHMENT_NAME, sealedName);
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }
}
