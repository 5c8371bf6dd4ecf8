package com.meike.privacy.notification.infrastructure.persistence;

import com.meike.privacy.kernel.crypto.SealedColumn;
import com.meike.privacy.kernel.crypto.SealedColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The sealed columns of this context, registered with the kernel's re-sealing (README, "How to
 * rotate a key"): each with its key set and the binding its values are sealed with.
 */
@ApplicationScoped
public class NotificationSealedColumns implements SealedColumns {

  @Override
  public List<SealedColumn> sealedColumns() {
    return List.of(
        SealedColumn.text(
                "meike.notification.device-key",
                "d1",
                "notification_device",
                "id",
                "push_token_ciphertext")
            .boundTo("notification_device", "push_token_ciphertext", "subject_id", "device_id"));
  }
}
