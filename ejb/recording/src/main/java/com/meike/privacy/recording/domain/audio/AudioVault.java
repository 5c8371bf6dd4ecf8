package com.meike.privacy.recording.domain.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;

/**
 * Encrypted recordings (REC-3): each recording gets a fresh random AES-256 data key, wrapped by the
 * current master key of the {@link MasterKeyRing} and kept only in the recording's header; audio is
 * sealed segment by segment with a {@link SegmentCipher} before it reaches the {@link
 * RecordingStore}, so plaintext never touches disk. Reading opens one segment at a time and fails
 * closed: a segment that does not authenticate is never returned, not even in part.
 */
public final class AudioVault {

  /** Plaintext bytes per segment unless a vault is built with another size. */
  public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final MasterKeyRing keys;
  private final RecordingStore store;
  private final int segmentSize;

  public AudioVault(MasterKeyRing keys, RecordingStore store, int segmentSize) {
    if (segmentSize < 1) {
      throw new IllegalArgumentException("a segment holds at least one byte");
    }
    this.keys = keys;
    this.store = store;
    this.segmentSize = segmentSize;
  }

  /** Creates the recording's data key (wrapped) and empty audio. */
  public void begin(String recordingId) {
    byte[] dataKey = new byte[SegmentCipher.KEY_BYTES];
    byte[] prefix = new byte[SegmentCipher.PREFIX_BYTES];
    RANDOM.nextBytes(dataKey);
    RANDOM.nextBytes(prefix);
    try {
      store.create(
          new RecordingHeader(recordingId, keys.wrap(recordingId, dataKey), prefix, segmentSize));
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /** Plaintext bytes per segment of recordings this vault begins. */
  public int newSegmentSize() {
    return segmentSize;
  }

  /** Plaintext bytes per segment of this recording (every segment but the last is full). */
  public int segmentSize(String recordingId) {
    return header(recordingId).segmentSize();
  }

  /**
   * Seals and stores segment {@code index}. Every segment but the last holds exactly {@link
   * #segmentSize(String)} bytes; the last holds at most that many (possibly none). Durable only
   * after {@link #force}: append the segments of one acknowledged unit, then force once.
   *
   * @throws IllegalArgumentException when a segment that is not the last is not full
   * @throws IllegalStateException when the segment is not the next one of the recording
   */
  public void appendSegment(String recordingId, long index, byte[] plaintext, boolean last) {
    RecordingHeader header = header(recordingId);
    if (plaintext.length > header.segmentSize() || (!last && plaintext.length != header.segmentSize())) {
      throw new IllegalArgumentException(
          "a segment holds " + header.segmentSize() + " bytes, only the last may hold fewer");
    }
    store.append(recordingId, index, cipher(header).seal(index, last, plaintext));
  }

  /**
   * Makes every segment appended so far durable: call it once per acknowledged unit (an uploaded
   * chunk), before the acknowledgement.
   */
  public void force(String recordingId) {
    store.force(recordingId);
  }

  /** A streaming writer that cuts audio into segments, buffering at most one segment. */
  public SegmentWriter writer(String recordingId) {
    return new SegmentWriter(this, recordingId, segmentSize(recordingId));
  }

  /**
   * Drops stored segments from index {@code segments} on, so that the next segment appended is
   * {@code segments}: a retried upload replaces what an unconfirmed earlier attempt left.
   */
  public void keepSegments(String recordingId, long segments) {
    if (segmentCount(recordingId) > segments) {
      store.truncate(recordingId, segments);
    }
  }

  /**
   * Number of stored segments of a recording.
   */
  public long segmentCount(String recordingId) {
    RecordingHeader header = header(recordingId);
    long sealed = store.sealedLength(recordingId);
    return (sealed + header.sealedSegmentSize() - 1) / header.sealedSegmentSize();
  }

  /**
   * Plaintext length of a finished recording. Opens the last segment to prove the recording ends
   * there (not truncated, not extended, not still being written).
   *
   * @throws AudioTamperedException when the recording is incomplete or altered
   */
  public long length(String recordingId) {
    RecordingHeader header = header(recordingId);
    long count = segmentCount(recordingId);
    if (count == 0) {
      throw new AudioTamperedException("the recording has no segments");
    }
    byte[] last = segment(header, count - 1, count);
    return (count - 1) * header.segmentSize() + last.length;
  }

  /**
   * Opens segment {@code index}.
   *
   * @throws IndexOutOfBoundsException when there is no such segment
   * @throws AudioTamperedException when the segment does not authenticate at its position
   */
  public byte[] segment(String recordingId, long index) {
    RecordingHeader header = header(recordingId);
    return segment(header, index, segmentCount(recordingId));
  }

  /**
   * Writes plaintext bytes {@code [from, from + length)} of a finished recording to {@code out},
   * one segment in memory at a time (HTTP Range playback). A segment that fails authentication
   * stops the copy before any of its bytes are written.
   */
  public void copyRange(String recordingId, long from, long length, OutputStream out)
      throws IOException {
    RecordingHeader header = header(recordingId);
    long total = length(recordingId);
    if (from < 0 || length < 0 || from + length > total) {
      throw new IndexOutOfBoundsException("range outside the recording");
    }
    long count = segmentCount(recordingId);
    long position = from;
    long end = from + length;
    while (position < end) {
      long index = position / header.segmentSize();
      byte[] plain = segment(header, index, count);
      int offset = (int) (position - index * header.segmentSize());
      int take = (int) Math.min(plain.length - offset, end - position);
      out.write(plain, offset, take);
      Arrays.fill(plain, (byte) 0);
      position += take;
    }
  }

  /** Destroys the recording: data key first, then audio (REC-5). Idempotent. */
  public void destroy(String recordingId) {
    store.destroy(recordingId);
  }

  /** Destroys several recordings: every data key first, then the audio (REC-5). Idempotent. */
  public void destroyAll(Collection<String> recordingIds) {
    store.destroyAll(recordingIds);
  }

  /** True while the recording's data key exists. */
  public boolean exists(String recordingId) {
    return store.header(recordingId).isPresent();
  }

  private byte[] segment(RecordingHeader header, long index, long count) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("no segment " + index);
    }
    byte[] sealed =
        store
            .read(header.recordingId(), index)
            .orElseThrow(() -> new AudioTamperedException("segment " + index + " is missing"));
    return cipher(header).open(index, index == count - 1, sealed);
  }

  private RecordingHeader header(String recordingId) {
    return store
        .header(recordingId)
        .orElseThrow(() -> new IllegalStateException("no such recording (or it was destroyed)"));
  }

  private SegmentCipher cipher(RecordingHeader header) {
    byte[] dataKey = keys.unwrap(header.recordingId(), header.wrappedKey());
    try {
      return new SegmentCipher(header.recordingId(), dataKey, header.noncePrefix());
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }
}
