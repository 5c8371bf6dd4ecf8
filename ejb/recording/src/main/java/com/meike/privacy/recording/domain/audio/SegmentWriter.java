package com.meike.privacy.recording.domain.audio;

import java.util.Arrays;

/**
 * Cuts a stream of audio into segments for an {@link AudioVault}: holds at most one segment of
 * plaintext in memory, seals and stores every full segment, and seals the remainder as the last
 * segment on {@link #finish()}. Each call forces what it stored once (not once per segment); bytes
 * still buffered are stored by a later call. Not thread-safe; one writer per recording.
 */
public final class SegmentWriter {

  private final AudioVault vault;
  private final String recordingId;
  private final byte[] buffer;
  private int filled;
  private long nextIndex;
  private boolean finished;

  SegmentWriter(AudioVault vault, String recordingId, int segmentSize) {
    this.vault = vault;
    this.recordingId = recordingId;
    this.buffer = new byte[segmentSize];
  }

  /** Adds audio bytes; the full segments among them are durable when the call returns. */
  public void write(byte[] data, int offset, int length) {
    if (finished) {
      throw new IllegalStateException("the recording was finished");
    }
    long before = nextIndex;
    while (length > 0) {
      int take = Math.min(length, buffer.length - filled);
      System.arraycopy(data, offset, buffer, filled, take);
      filled += take;
      offset += take;
      length -= take;
      if (filled == buffer.length && length > 0) {
        flush(false);
      }
    }
    if (nextIndex != before) {
      vault.force(recordingId);
    }
  }

  /** Seals what is left as the last segment, durably. A full buffer becomes a full last segment. */
  public void finish() {
    if (finished) {
      return;
    }
    flush(true);
    vault.force(recordingId);
    finished = true;
    Arrays.fill(buffer, (byte) 0);
  }

  private void flush(boolean last) {
    vault.appendSegment(recordingId, nextIndex++, Arrays.copyOf(buffer, filled), last);
    Arrays.fill(buffer, (byte) 0);
    filled = 0;
  }
}
