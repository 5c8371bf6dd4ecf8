package com.meike.privacy.kernel.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seals one sensitive field at rest (DATA-3) with AES-256-GCM ({@link Aead}): a fresh random
 * 12-byte nonce per value, a 128-bit tag, and as associated data the key id and where the value is
 * kept ({@link SealBinding}: table, column, row id). A sealed value reads {@code
 * <keyId>$<Base64(nonce || ciphertext || tag)>}; binary content is {@code <keyId>$} in ASCII
 * followed by the same bytes.
 *
 * <p>Values of the first format, {@code <keyId>:<Base64>} with only the key id as associated data,
 * still open (under any binding) so that existing databases keep working; everything sealed now
 * uses the bound format. New values are sealed under the current key; retired keys of a {@link
 * KeySet} only open older values. Opening a value that was changed, moved or sealed under an
 * unknown key fails with {@link TamperedException}. Thread-safe.
 */
public final class FieldCipher {

  private static final char BOUND = '$';
  private static final char LEGACY = ':';

  private final String currentId;
  private final Map<String, Aead> keys;

  /**
   * @param keyId letters, digits, {@code . _ -}; names the key in every sealed value
   * @param key 32 bytes (AES-256)
   */
  public FieldCipher(String keyId, byte[] key) {
    this(keyId, Map.of(keyId, key));
  }

  /**
   * @param keys the current key and retired ones by id; {@code currentId} seals
   */
  public FieldCipher(String currentId, Map<String, byte[]> keys) {
    Map<String, Aead> ring = new LinkedHashMap<>();
    keys.forEach((id, key) -> ring.put(KeySet.checkedId(id), new Aead(key)));
    if (!ring.containsKey(currentId)) {
      throw new IllegalArgumentException("the current key " + currentId + " is not in the ring");
    }
    this.currentId = currentId;
    this.keys = Map.copyOf(ring);
  }

  /** A key given as configuration text: Base64 of 32 bytes ({@code openssl rand -base64 32}). */
  public static FieldCipher fromBase64(String keyId, String base64Key) {
    return new FieldCipher(keyId, KeySet.decodeAes(keyId, base64Key));
  }

  /** Id of the key new values are sealed under. */
  public String keyId() {
    return currentId;
  }

  /**
   * Encrypts {@code plaintext} for {@code where}; two calls with the same text give different
   * values.
   */
  public String seal(String plaintext, SealBinding where) {
    if (plaintext == null) {
      throw new IllegalArgumentException("nothing to seal");
    }
    return currentId
        + BOUND
        + Base64.getEncoder()
            .encodeToString(sealed(plaintext.getBytes(StandardCharsets.UTF_8), where));
  }

  /**
   * Decrypts a value sealed for {@code where}.
   *
   * @throws TamperedException when the value is malformed, names an unknown key, was moved from
   *     elsewhere, or fails the tag
   */
  public String open(String sealed, SealBinding where) {
    if (sealed == null) {
      throw new TamperedException("nothing to open");
    }
    int at = separator(sealed);
    byte[] data;
    try {
      data = Base64.getDecoder().decode(sealed.substring(at + 1));
    } catch (IllegalArgumentException e) {
      throw new TamperedException("the value is not Base64");
    }
    return new String(
        opened(sealed.substring(0, at), sealed.charAt(at) == BOUND, data, 0, where),
        StandardCharsets.UTF_8);
  }

  /**
   * Encrypts binary content (an attachment) for {@code where}: {@code <keyId>$} in ASCII, then
   * nonce, ciphertext, tag.
   */
  public byte[] sealBytes(byte[] plaintext, SealBinding where) {
    if (plaintext == null) {
      throw new IllegalArgumentException("nothing to seal");
    }
    byte[] prefix = (currentId + BOUND).getBytes(StandardCharsets.US_ASCII);
    byte[] sealed = sealed(plaintext, where);
    return ByteBuffer.allocate(prefix.length + sealed.length).put(prefix).put(sealed).array();
  }

  /**
   * Decrypts content sealed by {@link #sealBytes} (or by the first format, {@code <keyId>:} …).
   *
   * @throws TamperedException when the content is malformed, names an unknown key, was moved, or
   *     fails the tag
   */
  public byte[] openBytes(byte[] sealed, SealBinding where) {
    if (sealed == null) {
      throw new TamperedException("nothing to open");
    }
    int at = -1;
    for (int i = 0; i < Math.min(sealed.length, 34); i++) {
      if (sealed[i] == BOUND || sealed[i] == LEGACY) {
        at = i;
        break;
      }
    }
    if (at <= 0) {
      throw new TamperedException("the content names no key");
    }
    String keyId = new String(sealed, 0, at, StandardCharsets.US_ASCII);
    return opened(keyId, sealed[at] == BOUND, sealed, at + 1, where);
  }

  /** Seals the columns of row {@code rowId} of {@code table}. */
  public ColumnSeal sealing(String table, String rowId) {
    return (column, value) -> seal(value, SealBinding.of(table, column, rowId));
  }

  /** Opens the columns of row {@code rowId} of {@code table}. */
  public ColumnSeal opening(String table, String rowId) {
    return (column, value) -> open(value, SealBinding.of(table, column, rowId));
  }

  /**
   * Whether {@code sealed} is in the bound format under the current key (else a re-encryption job
   * would rewrite it).
   */
  public boolean isCurrent(String sealed) {
    return sealed != null && sealed.startsWith(currentId + BOUND);
  }

  private byte[] sealed(byte[] plaintext, SealBinding where) {
    byte[] nonce = Aead.random(Aead.NONCE_BYTES);
    byte[] sealed = keys.get(currentId).seal(nonce, where.associatedData(currentId), plaintext);
    return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
  }

  private byte[] opened(String keyId, boolean bound, byte[] data, int offset, SealBinding where) {
    Aead key = keys.get(keyId);
    if (key == null) {
      throw new TamperedException(
          "the value was sealed with key " + keyId + ", which this server does not hold");
    }
    if (data.length - offset < Aead.NONCE_BYTES + Aead.TAG_BYTES) {
      throw new TamperedException("the value is too short");
    }
    byte[] associated =
        bound ? where.associatedData(keyId) : keyId.getBytes(StandardCharsets.US_ASCII);
    try {
      return key.open(
          Arrays.copyOfRange(data, offset, offset + Aead.NONCE_BYTES),
          associated,
          data,
          offset + Aead.NONCE_BYTES,
          data.length - offset - Aead.NONCE_BYTES);
    } catch (Aead.BadTagException e) {
      throw new TamperedException(
          "the value fails its authentication tag (changed, or moved from another row)");
    }
  }

  private static int separator(String sealed) {
    for (int i = 0; i < Math.min(sealed.length(), 34); i++) {
      char c = sealed.charAt(i);
      if (c == BOUND || c == LEGACY) {
        if (i == 0) {
          break;
        }
        return i;
      }
    }
    throw new TamperedException("the value names no key");
  }

  /**
   * A sealed value that cannot be trusted: changed, truncated, moved, or sealed under an unknown
   * key.
   */
  public static final class TamperedException extends RuntimeException {
    public TamperedException(String message) {
      super(message);
    }
  }
}
