package com.meike.privacy.order.archfixture;

import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;

/**
 * ArchitectureTest's offender: the order context injecting identity's key (and its own, allowed).
 */
public class ReadsIdentitysKey {
  @Key("meike.identity.phone-key")
  KeyedHash phones;

  @Key("meike.order.field-key")
  FieldCipher fields;
}
