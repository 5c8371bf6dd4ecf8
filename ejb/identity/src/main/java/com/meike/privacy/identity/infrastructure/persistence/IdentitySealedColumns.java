package com.meike.privacy.identity.infrastructure.persistence;

import com.meike.privacy.kernel.crypto.SealedColumn;
import com.meike.privacy.kernel.crypto.SealedColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The sealed columns of this context, registered with the kernel's re-sealing (README, "How to
 * rotate a key"): each with its key set and the binding its values are sealed with.
 */
@ApplicationScoped
public class IdentitySealedColumns implements SealedColumns {

  @Override
  public List<SealedColumn> sealedColumns() {
    String phone = "meike.identity.phone-encryption-key";
    String evidence = "meike.identity.evidence-encryption-key";
    String verification = "account_verification";
    return List.of(
        SealedColumn.text(phone, "k1", "app_account", "id", "phone_ciphertext")
            .boundTo("app_account", "phone_ciphertext", "phone_hash"),
        SealedColumn.text(evidence, "e1", verification, "id", "number_ciphertext")
            .boundTo(verification, "number_ciphertext", "account_id")
            .versioned("version"),
        SealedColumn.text(evidence, "e1", verification, "id", "name_ciphertext")
            .boundTo(verification, "name_ciphertext", "account_id")
            .versioned("version"),
        SealedColumn.text(evidence, "e1", verification, "id", "representative_ciphertext")
            .boundTo(verification, "representative_ciphertext", "account_id")
            .versioned("version"),
        SealedColumn.text(evidence, "e1", verification, "id", "face_check_ciphertext")
            .boundTo(verification, "face_check_ciphertext", "account_id")
            .versioned("version"),
        SealedColumn.text(evidence, "e1", verification, "id", "reason_ciphertext")
            .versioned("version"),
        SealedColumn.text(
                evidence, "e1", "external_account_binding", "id", "external_id_ciphertext")
            .boundTo("external_account_binding", "external_id_ciphertext", "account_id"));
  }
}
