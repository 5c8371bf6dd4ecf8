package com.meike.privacy.order.archfixture;

import com.meike.privacy.kernel.crypto.ColumnSeal;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** ArchitectureTest's offender: an entity holding its own seal instead of being handed one. */
@Entity
public class KeepsItsSeal {
  @Id String id;

  @Transient ColumnSeal seal;
}
