package com.meike.privacy.order.archfixture;

import com.meike.privacy.kernel.crypto.FieldCipher;
import jakarta.enterprise.inject.Produces;

/** ArchitectureTest's offender: a context producing its key for others to inject. */
public class HandsOutItsKey {
  @Produces
  FieldCipher orderKey() {
    return new FieldCipher("k1", new byte[32]);
  }
}
