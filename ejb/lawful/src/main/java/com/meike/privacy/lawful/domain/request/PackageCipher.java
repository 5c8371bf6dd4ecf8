package com.meike.privacy.lawful.domain.request;

import com.meike.privacy.kernel.crypto.Aead;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The encryption of a disclosure package, plain enough for the authority's tools: AES-256-GCM with
 * a fresh random 256-bit key per package, output {@code IV (12 bytes) || ciphertext || tag (16
 * bytes)}, no associated data. The key travels separately (the one-time handover).
 */
public final class PackageCipher {

  public static final String ALGORITHM = "AES-256-GCM (IV 12 bytes || ciphertext || tag 16 bytes)";

  private PackageCipher() {}

  /** A fresh random 256-bit key. */
  public static byte[] newKey() {
    return Aead.random(Aead.KEY_BYTES);
  }

  public static byte[] encrypt(byte[] key, byte[] plaintext) {
    byte[] iv = Aead.random(Aead.NONCE_BYTES);
    byte[] sealed = new Aead(key).seal(iv, null, plaintext);
    return ByteBuffer.allocate(Aead.NONCE_BYTES + sealed.length).put(iv).put(sealed).array();
  }

  /**
   * @throws IllegalArgumentException when the key is wrong or the package was changed
   */
  public static byte[] decrypt(byte[] key, byte[] sealed) {
    if (sealed.length < Aead.NONCE_BYTES + Aead.TAG_BYTES) {
      throw new IllegalArgumentException("not a package: too short");
    }
    try {
      return new Aead(key)
          .open(
              Arrays.copyOf(sealed, Aead.NONCE_BYTES),
              null,
              sealed,
              Aead.NONCE_BYTES,
              sealed.length - Aead.NONCE_BYTES);
    } catch (Aead.BadTagException e) {
      throw new IllegalArgumentException("wrong key, or the package was changed", e);
    }
  }

  /** Lower-case hex SHA-256, recorded so the authority can check what it received. */
  public static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
