package com.meike.privacy.incidents.domain.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The sealed bytes of a {@link ComplaintAttachment} (AES-256-GCM, DATA-3), kept apart so that
 * reading a complaint never loads them.
 */
@Entity
@Table(name = "complaint_attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id", length = 36, nullable = false, updatable = false)
  private String attachmentId;

  @Column(name = "sealed_content", nullable = false, updatable = false)
  private byte[] sealedContent;

  /** For JPA only. */
  protected AttachmentContent() {}

  public AttachmentContent(String attachmentId, byte[] sealedContent) {
    this.attachmentId = Objects.requireNonNull(attachmentId, "attachmentId");
    this.sealedContent = Objects.requireNonNull(sealedContent, "sealedContent");
  }

  public String attachmentId() {
    return attachmentId;
  }

  public byte[] sealedContent() {
    return sealedContent;
  }
}
