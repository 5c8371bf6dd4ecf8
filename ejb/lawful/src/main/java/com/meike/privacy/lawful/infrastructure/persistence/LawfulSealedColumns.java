package com.meike.privacy.lawful.infrastructure.persistence;

import com.meike.privacy.kernel.crypto.SealedColumn;
import com.meike.privacy.kernel.crypto.SealedColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The sealed columns of this context, registered with the kernel's re-sealing (README, "How to
 * rotate a key"): each with its key set and the binding its values are sealed with.
 */
@ApplicationScoped
public class LawfulSealedColumns implements SealedColumns {

  @Override
  public List<SealedColumn> sealedColumns() {
    String key = "meike.lawful.document-key";
    return List.of(
        SealedColumn.text(key, "d1", "lawful_disclosure_document", "request_id", "sealed_content"),
        SealedColumn.text(key, "d1", "lawful_disclosure_package", "request_id", "sealed_key"));
  }
}
