package com.meike.privacy.kernel.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place that builds ciphers (ArchitectureTest checks it): AES-256-GCM with a 12-byte nonce,
 * a 128-bit tag and associated data, from the JDK's provider. Field seals, recordings' key wrapping
 * and segments, and disclosure packages all use it. Thread-safe.
 */
public final class Aead {

  public static final int KEY_BYTES = 32;
  public static final int NONCE_BYTES = 12;
  public static final int TAG_BYTES = 16;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /**
   * One cipher per thread, initialised anew for every call (callers finish with it before they
   * return): the provider look-up of {@code Cipher.getInstance} and the key schedule of an
   * unchanged key are not paid per field — an access package opens three fields per order (issue
   * 15).
   */
  private static final ThreadLocal<Cipher> CIPHERS = new ThreadLocal<>();

  /**
   * @param key 32 bytes (AES-256)
   */
  public Aead(byte[] key) {
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException("AES-256-GCM needs a 256-bit key");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /** {@code n} random bytes (nonces, fresh keys). */
  public static byte[] random(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** Ciphertext followed by the tag. */
  public byte[] seal(byte[] nonce, byte[] associatedData, byte[] plaintext) {
    return seal(nonce, associatedData, plaintext, 0, plaintext.length);
  }

  /**
   * Ciphertext followed by the tag, of {@code length} bytes of {@code plaintext} from {@code
   * offset}.
   */
  public byte[] seal(
      byte[] nonce, byte[] associatedData, byte[] plaintext, int offset, int length) {
    try {
      return cipher(Cipher.ENCRYPT_MODE, nonce, associatedData).doFinal(plaintext, offset, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Opens {@code length} bytes of ciphertext and tag from {@code offset}.
   *
   * @throws BadTagException when the content, nonce, key or associated data differ from the sealing
   */
  public byte[] open(byte[] nonce, byte[] associatedData, byte[] sealed, int offset, int length) {
    if (length < TAG_BYTES) {
      throw new BadTagException("too short to carry a tag");
    }
    try {
      return cipher(Cipher.DECRYPT_MODE, nonce, associatedData).doFinal(sealed, offset, length);
    } catch (AEADBadTagException e) {
      throw new BadTagException("fails its authentication tag");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce, byte[] associatedData)
      throws GeneralSecurityException {
    if (nonce == null || nonce.length != NONCE_BYTES) {
      throw new IllegalArgumentException("a nonce has 12 bytes");
    }
    Cipher cipher = CIPHERS.get();
    if (cipher == null) {
      cipher = Cipher.getInstance(TRANSFORMATION);
      CIPHERS.set(cipher);
    }
    cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
    if (associatedData != null) {
      cipher.updateAAD(associatedData);
    }
    return cipher;
  }

  /** Content that is not what was sealed with this key, nonce and associated data. */
  public static final class BadTagException extends RuntimeException {
    public BadTagException(String message) {
      super(message);
    }
  }
}
