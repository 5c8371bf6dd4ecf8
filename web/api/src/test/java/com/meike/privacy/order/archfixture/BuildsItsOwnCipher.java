package com.meike.privacy.order.archfixture;

import javax.crypto.Cipher;

/** ArchitectureTest's offender: a context building a cipher instead of using the kernel's. */
public class BuildsItsOwnCipher {
  Object cipher() throws Exception {
    return Cipher.getInstance("AES/GCM/NoPadding");
  }
}
