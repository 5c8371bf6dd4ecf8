package com.meike.privacy.lawful.domain.request;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of a disclosure package, plain enough for the authority's tools: AES-256-GCM with
 * a fresh random 256-bit key per package, output {@code IV (12 bytes) || ciphertext || tag (16
 * bytes)}, no associated data. The key travels separately (the one-time handover).
 */
public final class PackageCipher {

  public static final String ALGORITHM = "AES-256-GCM (IV 12 bytes || ciphertext || tag 16 bytes)";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PackageCipher() {}

  /** A fresh random 256-bit key. */
  public static byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  public static byte[] encrypt(byte[] key, byte[] plaintext) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** @throws IllegalArgumentException when the key is wrong or the package was changed */
  public static byte[] decrypt(byte[] key, byte[] sealed) {
    if (sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new IllegalArgumentException("not a package: too short");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException("wrong key, or the package was changed", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
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
