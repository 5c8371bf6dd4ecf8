package com.meike.privacy.kernel.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of a short value: the same value always gives the same hash under the
 * same key, so it serves equality look-ups of sensitive fields without storing them (DATA-3), and
 * nobody without the key can test guesses against it. Thread-safe.
 */
public final class KeyedHash {

  /** Fewest key bytes accepted: 256 bits. */
  public static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  /**
   * @param key at least {@value #MIN_KEY_BYTES} bytes
   */
  public KeyedHash(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "a keyed hash needs a key of at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /**
   * A key given as configuration text: hexadecimal (as {@code openssl rand -hex 32} prints it) is
   * decoded; any other text is used as its UTF-8 bytes. Either way at least 32 bytes.
   */
  public static KeyedHash fromSecret(String secret) {
    if (secret == null) {
      throw new IllegalArgumentException("a keyed hash needs a key");
    }
    String text = secret.strip();
    if (text.length() % 2 == 0 && text.matches("[0-9a-fA-F]+")) {
      return new KeyedHash(HexFormat.of().parseHex(text));
    }
    return new KeyedHash(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The hash of {@code value} as 64 lower-case hexadecimal digits. */
  public String hash(String value) {
    if (value == null) {
      throw new IllegalArgumentException("nothing to hash");
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Whether {@code value} hashes to {@code expected}; compares in constant time. */
  public boolean matches(String value, String expected) {
    if (value == null || expected == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(value).getBytes(StandardCharsets.US_ASCII),
        expected.getBytes(StandardCharsets.US_ASCII));
  }
}
