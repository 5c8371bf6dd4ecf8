package com.meike.privacy.recording.domain.audio;

/**
 * What a stored recording needs besides its sealed segments: the wrapped data key, the random nonce
 * prefix and the plaintext segment size. Destroying the header destroys the only copy of the data
 * key (REC-5).
 */
public record RecordingHeader(
    String recordingId, WrappedKey wrappedKey, byte[] noncePrefix, int segmentSize) {

  public RecordingHeader {
    if (recordingId == null || !recordingId.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("a recording id is 1 to 64 letters, digits, '_' or '-'");
    }
    if (wrappedKey == null) {
      throw new IllegalArgumentException("a recording header holds its wrapped key");
    }
    if (noncePrefix == null || noncePrefix.length != SegmentCipher.PREFIX_BYTES) {
      throw new IllegalArgumentException("a nonce prefix has 7 bytes");
    }
    if (segmentSize < 1 || segmentSize > 16 * 1024 * 1024) {
      throw new IllegalArgumentException("a segment holds 1 byte to 16 MiB");
    }
    noncePrefix = noncePrefix.clone();
  }

  @Override
  public byte[] noncePrefix() {
    return noncePrefix.clone();
  }

  /** Size of a full sealed segment on disk. */
  public int sealedSegmentSize() {
    return segmentSize + SegmentCipher.OVERHEAD;
  }
}
