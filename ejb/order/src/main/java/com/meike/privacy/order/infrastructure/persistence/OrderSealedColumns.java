package com.meike.privacy.order.infrastructure.persistence;

import com.meike.privacy.kernel.crypto.SealedColumn;
import com.meike.privacy.kernel.crypto.SealedColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The sealed columns of this context, registered with the kernel's re-sealing (README, "How to
 * rotate a key"): each with its key set and the binding its values are sealed with.
 */
@ApplicationScoped
public class OrderSealedColumns implements SealedColumns {

  @Override
  public List<SealedColumn> sealedColumns() {
    String key = "meike.order.field-key";
    return List.of(
        SealedColumn.text(key, "k1", "service_order", "order_number", "service_address")
            .versioned("version"),
        SealedColumn.text(key, "k1", "service_order", "order_number", "contact_name")
            .versioned("version"),
        SealedColumn.text(key, "k1", "service_order", "order_number", "contact_phone")
            .versioned("version"),
        SealedColumn.text(key, "k1", "order_review", "order_number", "review_text"));
  }
}
