package com.meike.privacy.incidents.infrastructure.persistence;

import com.meike.privacy.kernel.crypto.SealedColumn;
import com.meike.privacy.kernel.crypto.SealedColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The sealed columns of this context, registered with the kernel's re-sealing (README, "How to
 * rotate a key"): each with its key set and the binding its values are sealed with.
 */
@ApplicationScoped
public class IncidentsSealedColumns implements SealedColumns {

  @Override
  public List<SealedColumn> sealedColumns() {
    String key = "meike.incidents.field-key";
    return List.of(
        SealedColumn.text(key, "k1", "complaint", "complaint_number", "complaint_text")
            .boundTo("complaint", "complaint.text", "complaint_number")
            .where("text_sealed = TRUE")
            .versioned("version"),
        SealedColumn.text(key, "k1", "complaint", "complaint_number", "answer")
            .boundTo("complaint", "complaint.answer", "complaint_number")
            .where("text_sealed = TRUE")
            .versioned("version"),
        SealedColumn.text(key, "k1", "complaint_entry", "id", "note")
            .boundTo("complaint", "complaint_entry.note", "complaint_number")
            .where("note_sealed = TRUE"),
        SealedColumn.text(key, "k1", "complaint_attachment", "id", "sealed_name")
            .boundTo("complaint", "complaint_attachment.sealed_name", "complaint_number"),
        SealedColumn.bytes(
                key, "k1", "complaint_attachment_content", "attachment_id", "sealed_content")
            .boundTo("complaint_attachment_content", "sealed_content", "attachment_id"));
  }
}
