package com.meike.privacy.recording.domain.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a stream of audio into segments for an {@link AudioVault}: holds at most one segment of
 * plaintext in memory, seals every full segment and seals the remainder as the last segment on
 * {@link #finish()}. The data key is unwrapped once for the whole stream; the segments completed by
 * one {@link #write} call are stored with one durable append (one force per call, not per segment).
 * Not thread-safe; one writer per recording.
 */
public final class SegmentWriter {

  private final AudioVault.Sealer sealer;
  private final byte[] buffer;
  private int filled;
  private long nextIndex;
  private boolean finished;

  SegmentWriter(AudioVault.Sealer sealer) {
    this.sealer = sealer;
    this.buffer = new byte[sealer.segmentSize()];
  }

  /** Adds audio bytes; the full segments among them are durable when the call returns. */
  public void write(byte[] data, int offset, int length) {
    if (finished) {
      throw new IllegalStateException("the recording was finished");
    }
    long first = nextIndex;
    List<byte[]> sealed = new ArrayList<>();
    while (length > 0) {
      int take = Math.min(length, buffer.length - filled);
      System.arraycopy(data, offset, buffer, filled, take);
      filled += take;
      offset += take;
      length -= take;
      if (filled == buffer.length && length > 0) {
        sealed.add(sealBuffer(false));
      }
    }
    sealer.store(first, sealed);
  }

  /** Seals what is left as the last segment, durably. A full buffer becomes a full last segment. */
  public void finish() {
    if (finished) {
      return;
    }
    long index = nextIndex;
    sealer.store(index, List.of(sealBuffer(true)));
    finished = true;
  }

  private byte[] sealBuffer(boolean last) {
    byte[] sealed = sealer.seal(nextIndex++, buffer, 0, filled, last);
    Arrays.fill(buffer, (byte) 0);
    filled = 0;
    return sealed;
  }
}
