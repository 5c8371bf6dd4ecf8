package com.meike.privacy.kernel.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one sensitive field at rest (DATA-3) with AES-256-GCM: a fresh random 12-byte IV per
 * value, a 128-bit tag, and the key id bound in as associated data. A sealed value reads
 * {@code <keyId>:<Base64(iv || ciphertext || tag)>}, so a later key can be introduced and old
 * values still name the key they need. Opening a value that was changed, or sealed under another
 * key, fails with {@link TamperedException}. Thread-safe.
 */
public final class FieldCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String keyId;
  private final SecretKeySpec key;

  /**
   * @param keyId letters, digits, {@code . _ -}; names the key in every sealed value
   * @param key 32 bytes (AES-256)
   */
  public FieldCipher(String keyId, byte[] key) {
    if (keyId == null || !keyId.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException("a key id is 1 to 32 letters, digits, '.', '_' or '-'");
    }
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException("a field cipher needs a 256-bit key");
    }
    this.keyId = keyId;
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /** A key given as configuration text: Base64 of 32 bytes ({@code openssl rand -base64 32}). */
  public static FieldCipher fromBase64(String keyId, String base64Key) {
    if (base64Key == null) {
      throw new IllegalArgumentException("a field cipher needs a key");
    }
    try {
      return new FieldCipher(keyId, Base64.getDecoder().decode(base64Key.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the field cipher key must be Base64 of 32 bytes", e);
    }
  }

  public String keyId() {
    return keyId;
  }

  /** Encrypts {@code plaintext}; two calls with the same text give different sealed values. */
  public String seal(String plaintext) {
    if (plaintext == null) {
      throw new IllegalArgumentException("nothing to seal");
    }
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
      return keyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Encrypts binary content (an attachment): {@code <keyId>:} in ASCII, then IV, ciphertext and
   * tag — the layout of {@link #seal} without the Base64, for content kept in a binary column.
   */
  public byte[] sealBytes(byte[] plaintext) {
    if (plaintext == null) {
      throw new IllegalArgumentException("nothing to seal");
    }
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] prefix = (keyId + ":").getBytes(StandardCharsets.US_ASCII);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(prefix.length + IV_BYTES + sealed.length).put(prefix).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Decrypts content sealed by {@link #sealBytes}.
   *
   * @throws TamperedException when the content is malformed, names another key, or fails the tag
   */
  public byte[] openBytes(byte[] sealed) {
    byte[] prefix = (keyId + ":").getBytes(StandardCharsets.US_ASCII);
    if (sealed == null || sealed.length < prefix.length + IV_BYTES + TAG_BITS / 8) {
      throw new TamperedException("the content is too short");
    }
    if (!java.util.Arrays.equals(sealed, 0, prefix.length, prefix, 0, prefix.length)) {
      throw new TamperedException("the content was not sealed with key " + keyId);
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, prefix.length, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      return cipher.doFinal(sealed, prefix.length + IV_BYTES, sealed.length - prefix.length - IV_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new TamperedException("the content fails its authentication tag");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Decrypts a value sealed by this cipher.
   *
   * @throws TamperedException when the value is malformed, names another key, or fails the tag
   */
  public String open(String sealed) {
    if (sealed == null) {
      throw new TamperedException("nothing to open");
    }
    int colon = sealed.indexOf(':');
    if (colon < 0 || !sealed.substring(0, colon).equals(keyId)) {
      throw new TamperedException("the value was not sealed with key " + keyId);
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(sealed.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new TamperedException("the value is not Base64");
    }
    if (data.length < IV_BYTES + TAG_BITS / 8) {
      throw new TamperedException("the value is too short");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] plain = cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new TamperedException("the value fails its authentication tag");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** A sealed value that cannot be trusted: changed, truncated, or sealed under another key. */
  public static final class TamperedException extends RuntimeException {
    public TamperedException(String message) {
      super(message);
    }
  }
}
