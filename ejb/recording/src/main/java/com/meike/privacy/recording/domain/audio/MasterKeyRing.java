package com.meike.privacy.recording.domain.audio;

import com.meike.privacy.kernel.crypto.Aead;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The master keys that wrap recordings' data keys (REC-3). They live in configuration, never beside
 * the audio. New data keys are wrapped under the current key; keys retired by a rotation stay in
 * the ring only to unwrap the data keys wrapped before it. Wrapping is AES-256-GCM with the key id
 * and the recording id as associated data, so a wrapped key copied to another recording or
 * relabelled with another key id does not open. Thread-safe.
 */
public final class MasterKeyRing implements DataKeyWrapping {

  private static final int IV_BYTES = Aead.NONCE_BYTES;

  private final String currentId;
  private final Map<String, Aead> keys;

  private MasterKeyRing(String currentId, Map<String, Aead> keys) {
    this.currentId = currentId;
    this.keys = keys;
  }

  /**
   * @param currentId id of the key that wraps new data keys
   * @param currentKey Base64 of 32 bytes
   * @param retired earlier keys by id (Base64 of 32 bytes each), for unwrapping only
   */
  public static MasterKeyRing of(String currentId, String currentKey, Map<String, String> retired) {
    Map<String, Aead> keys = new LinkedHashMap<>();
    keys.put(checkedId(currentId), decode(currentId, currentKey));
    retired.forEach(
        (id, key) -> {
          if (!checkedId(id).equals(currentId)) {
            keys.put(id, decode(id, key));
          }
        });
    return new MasterKeyRing(currentId, Map.copyOf(keys));
  }

  /**
   * The ring of a key set ({@code meike.recording.master-key}): its current key and retired ones by
   * id.
   */
  public static MasterKeyRing of(String currentId, Map<String, byte[]> keys) {
    Map<String, Aead> ring = new LinkedHashMap<>();
    keys.forEach((id, key) -> ring.put(checkedId(id), new Aead(key)));
    if (!ring.containsKey(currentId)) {
      throw new IllegalArgumentException(
          "the current master key " + currentId + " is not in the ring");
    }
    return new MasterKeyRing(currentId, Map.copyOf(ring));
  }

  /**
   * Parses the retired keys setting: {@code id:base64,id:base64} (blank = none).
   *
   * @throws IllegalArgumentException when an entry is not {@code id:key}
   */
  public static Map<String, String> parseRetired(String setting) {
    Map<String, String> retired = new LinkedHashMap<>();
    if (setting == null || setting.isBlank()) {
      return retired;
    }
    for (String entry : setting.split(",")) {
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("a retired master key is written id:base64-key");
      }
      retired.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
    }
    return retired;
  }

  public String currentId() {
    return currentId;
  }

  /** Wraps a fresh data key for {@code recordingId} under the current master key. */
  @Override
  public WrappedKey wrap(String recordingId, byte[] dataKey) {
    byte[] iv = Aead.random(IV_BYTES);
    byte[] sealed = keys.get(currentId).seal(iv, aad(currentId, recordingId), dataKey);
    return new WrappedKey(
        currentId, ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
  }

  /**
   * Unwraps the data key of {@code recordingId}.
   *
   * @throws AudioTamperedException when the key id is unknown, or the wrapped key was changed,
   *     belongs to another recording, or was wrapped under another key
   */
  @Override
  public byte[] unwrap(String recordingId, WrappedKey wrapped) {
    Aead master = keys.get(wrapped.keyId());
    if (master == null) {
      throw new AudioTamperedException("the master key " + wrapped.keyId() + " is not configured");
    }
    byte[] data = wrapped.bytes();
    if (data.length < IV_BYTES + Aead.TAG_BYTES) {
      throw new AudioTamperedException("the wrapped data key is too short");
    }
    byte[] key;
    try {
      key =
          master.open(
              Arrays.copyOf(data, IV_BYTES),
              aad(wrapped.keyId(), recordingId),
              data,
              IV_BYTES,
              data.length - IV_BYTES);
    } catch (Aead.BadTagException e) {
      throw new AudioTamperedException("the wrapped data key fails its authentication tag");
    }
    if (key.length != SegmentCipher.KEY_BYTES) {
      throw new AudioTamperedException("the wrapped data key has the wrong length");
    }
    return key;
  }

  private static byte[] aad(String keyId, String recordingId) {
    return ("meike-recording-key|" + keyId + "|" + recordingId).getBytes(StandardCharsets.UTF_8);
  }

  private static String checkedId(String id) {
    if (id == null || !id.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException(
          "a master key id is 1 to 32 letters, digits, '.', '_' or '-'");
    }
    return id;
  }

  private static Aead decode(String id, String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("master key " + id + " must be Base64 of 32 bytes");
    }
    if (key.length != 32) {
      throw new IllegalArgumentException("master key " + id + " must be Base64 of 32 bytes");
    }
    return new Aead(key);
  }
}
