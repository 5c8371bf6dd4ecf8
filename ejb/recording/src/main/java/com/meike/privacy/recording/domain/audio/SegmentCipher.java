package com.meike.privacy.recording.domain.audio;

import com.meike.privacy.kernel.crypto.Aead;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Seals and opens the segments of one recording with its data key (AES-256-GCM, online
 * authenticated encryption in the manner of the STREAM construction). The 12-byte nonce is the
 * recording's random 7-byte prefix, the 4-byte segment index and a last-segment flag; the
 * associated data repeats the recording id, the index and the flag. So a segment opens only at its
 * own position of its own recording, and only the true last segment opens as last: a flipped bit,
 * swapped segments, a dropped tail or an appended segment all fail the tag.
 */
public final class SegmentCipher {

  /** Data keys are AES-256. */
  public static final int KEY_BYTES = 32;

  /** Length of the per-recording random nonce prefix. */
  public static final int PREFIX_BYTES = 7;

  /** Bytes a sealed segment adds to its plaintext (the GCM tag). */
  public static final int OVERHEAD = 16;

  private final String recordingId;
  private final Aead key;
  private final byte[] prefix;

  public SegmentCipher(String recordingId, byte[] dataKey, byte[] noncePrefix) {
    if (recordingId == null || recordingId.isBlank()) {
      throw new IllegalArgumentException("a segment cipher belongs to one recording");
    }
    if (dataKey == null || dataKey.length != KEY_BYTES) {
      throw new IllegalArgumentException("a data key has 32 bytes");
    }
    if (noncePrefix == null || noncePrefix.length != PREFIX_BYTES) {
      throw new IllegalArgumentException("a nonce prefix has 7 bytes");
    }
    this.recordingId = recordingId;
    this.key = new Aead(dataKey);
    this.prefix = noncePrefix.clone();
  }

  /** Seals segment {@code index}; {@code last} marks the final segment of the recording. */
  public byte[] seal(long index, boolean last, byte[] plaintext) {
    return seal(index, last, plaintext, 0, plaintext.length);
  }

  /** Seals {@code length} bytes of {@code data} from {@code offset} as segment {@code index}. */
  public byte[] seal(long index, boolean last, byte[] data, int offset, int length) {
    return key.seal(nonce(index, last), aad(index, last), data, offset, length);
  }

  /**
   * Opens segment {@code index} expected at that position and with that last flag.
   *
   * @throws AudioTamperedException when the segment is not exactly what was sealed there
   */
  public byte[] open(long index, boolean last, byte[] sealed) {
    if (sealed == null || sealed.length < OVERHEAD) {
      throw new AudioTamperedException("segment " + index + " is too short");
    }
    try {
      return key.open(nonce(index, last), aad(index, last), sealed, 0, sealed.length);
    } catch (Aead.BadTagException e) {
      throw new AudioTamperedException(
          "segment " + index + (last ? " (last)" : "") + " fails its authentication tag");
    }
  }

  private byte[] nonce(long index, boolean last) {
    if (index < 0 || index > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("segment index out of range: " + index);
    }
    byte flag = (byte) (last ? 1 : 0);
    return ByteBuffer.allocate(12).put(prefix).putInt((int) index).put(flag).array();
  }

  private byte[] aad(long index, boolean last) {
    return ("meike-recording-segment|" + recordingId + "|" + index + "|" + (last ? "last" : "more"))
        .getBytes(StandardCharsets.UTF_8);
  }
}
