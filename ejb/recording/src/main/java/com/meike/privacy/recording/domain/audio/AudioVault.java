package com.meike.privacy.recording.domain.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Encrypted recordings (REC-3): each recording gets a fresh random AES-256 data key, wrapped by the
 * current master key of the {@link MasterKeyRing} and kept only in the recording's header; audio is
 * sealed segment by segment with a {@link SegmentCipher} before it reaches the {@link
 * RecordingStore}, so plaintext never touches disk. The data key is unwrapped once per uploaded
 * chunk, per {@link SegmentWriter} stream and per playback, not once per segment. Reading opens one
 * segment at a time and fails closed: a segment that does not authenticate is never returned, not
 * even in part.
 */
public final class AudioVault {

  /** Plaintext bytes per segment unless a vault is built with another size. */
  public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataKeyWrapping keys;
  private final RecordingStore store;
  private final int segmentSize;

  public AudioVault(DataKeyWrapping keys, RecordingStore store, int segmentSize) {
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

  /**
   * Wraps the recording's data key again under the key it belongs to now (DSR-8): a hold's key
   * epoch when a legal hold covers it, today's epoch otherwise (and for a recording written before
   * the key epochs). The data key and the audio stay as they are; the store keeps only the new
   * wrapping. Does nothing when the recording has no data key (not begun, or destroyed).
   *
   * @return whether a data key was wrapped again
   */
  public boolean rewrap(String recordingId) {
    var header = store.header(recordingId);
    if (header.isEmpty()) {
      return false;
    }
    byte[] dataKey = keys.unwrap(recordingId, header.get().wrappedKey());
    try {
      store.replaceKey(recordingId, keys.wrap(recordingId, dataKey));
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
    return true;
  }

  /** The id of the key that wraps the recording's data key now; empty when it has none. */
  public java.util.Optional<String> wrappingKeyId(String recordingId) {
    return store.header(recordingId).map(h -> h.wrappedKey().keyId());
  }

  /** What wraps the recordings' data keys. */
  public DataKeyWrapping wrapping() {
    return keys;
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
   * Seals and stores segment {@code index}, durably. Every segment but the last holds exactly
   * {@link #segmentSize(String)} bytes; the last holds at most that many (possibly none).
   *
   * @throws IllegalArgumentException when a segment that is not the last is not full
   * @throws IllegalStateException when the segment is not the next one of the recording
   */
  public void appendSegment(String recordingId, long index, byte[] plaintext, boolean last) {
    Sealer sealer = sealer(recordingId);
    if (plaintext.length > sealer.segmentSize()) {
      throw new IllegalArgumentException(
          "a segment holds " + sealer.segmentSize() + " bytes, only the last may hold fewer");
    }
    sealer.append(index, plaintext, 0, plaintext.length, last);
  }

  /**
   * Seals one uploaded chunk into segments {@code firstIndex, firstIndex + 1, …} and stores them
   * durably with one force, the data key unwrapped once for the chunk. Every segment is full but,
   * when {@code endsRecording}, the chunk's last: that one may be short and is sealed as the
   * recording's last.
   *
   * @throws IllegalArgumentException when a chunk that does not end the recording does not fill
   *     whole segments
   * @throws IllegalStateException when {@code firstIndex} is not the next segment of the recording
   */
  public void appendChunk(
      String recordingId, long firstIndex, byte[] audio, boolean endsRecording) {
    sealer(recordingId).append(firstIndex, audio, 0, audio.length, endsRecording);
  }

  /**
   * A streaming writer that cuts audio into segments, buffering at most one segment of plaintext.
   */
  public SegmentWriter writer(String recordingId) {
    return new SegmentWriter(sealer(recordingId));
  }

  /** The recording's data key unwrapped once, for the segments of one chunk or one stream. */
  Sealer sealer(String recordingId) {
    RecordingHeader header = header(recordingId);
    return new Sealer(header, cipher(header));
  }

  /**
   * Seals segments of one recording with its data key, unwrapped once when the sealer is made, and
   * hands them to the store in one durable append per call. Not thread-safe.
   */
  final class Sealer {
    private final RecordingHeader header;
    private final SegmentCipher cipher;

    private Sealer(RecordingHeader header, SegmentCipher cipher) {
      this.header = header;
      this.cipher = cipher;
    }

    int segmentSize() {
      return header.segmentSize();
    }

    /**
     * Seals {@code length} bytes from {@code offset} as segments from {@code firstIndex} on, stored
     * durably.
     */
    void append(long firstIndex, byte[] data, int offset, int length, boolean endsRecording) {
      int size = header.segmentSize();
      if (!endsRecording && (length == 0 || length % size != 0)) {
        throw new IllegalArgumentException(
            "a segment holds " + size + " bytes, only the last may hold fewer");
      }
      int count = endsRecording ? Math.max(1, (length + size - 1) / size) : length / size;
      List<byte[]> sealed = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int from = i * size;
        int take = Math.min(size, length - from);
        sealed.add(
            seal(firstIndex + i, data, offset + from, take, endsRecording && i == count - 1));
      }
      store(firstIndex, sealed);
    }

    byte[] seal(long index, byte[] data, int offset, int length, boolean last) {
      return cipher.seal(index, last, data, offset, length);
    }

    /** One durable append of sealed segments (nothing when there are none). */
    void store(long firstIndex, List<byte[]> sealed) {
      if (!sealed.isEmpty()) {
        store.append(header.recordingId(), firstIndex, sealed);
      }
    }
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

  /** Number of stored segments of a recording. */
  public long segmentCount(String recordingId) {
    return segmentCount(header(recordingId));
  }

  private long segmentCount(RecordingHeader header) {
    long sealed = store.sealedLength(header.recordingId());
    return (sealed + header.sealedSegmentSize() - 1) / header.sealedSegmentSize();
  }

  private long length(RecordingHeader header, SegmentCipher cipher, long count) {
    if (count == 0) {
      throw new AudioTamperedException("the recording has no segments");
    }
    byte[] last = segment(header, cipher, count - 1, count);
    return (count - 1) * header.segmentSize() + last.length;
  }

  /**
   * Plaintext length of a finished recording. Opens the last segment to prove the recording ends
   * there (not truncated, not extended, not still being written).
   *
   * @throws AudioTamperedException when the recording is incomplete or altered
   */
  public long length(String recordingId) {
    RecordingHeader header = header(recordingId);
    return length(header, cipher(header), segmentCount(header));
  }

  /**
   * Opens segment {@code index}.
   *
   * @throws IndexOutOfBoundsException when there is no such segment
   * @throws AudioTamperedException when the segment does not authenticate at its position
   */
  public byte[] segment(String recordingId, long index) {
    RecordingHeader header = header(recordingId);
    return segment(header, cipher(header), index, segmentCount(header));
  }

  /**
   * Writes plaintext bytes {@code [from, from + length)} of a finished recording to {@code out},
   * one segment in memory at a time (HTTP Range playback). A segment that fails authentication
   * stops the copy before any of its bytes are written.
   */
  public void copyRange(String recordingId, long from, long length, OutputStream out)
      throws IOException {
    RecordingHeader header = header(recordingId);
    SegmentCipher cipher = cipher(header); // unwrapped once for the whole stream
    long count = segmentCount(header);
    long total = length(header, cipher, count);
    if (from < 0 || length < 0 || from + length > total) {
      throw new IndexOutOfBoundsException("range outside the recording");
    }
    long position = from;
    long end = from + length;
    while (position < end) {
      long index = position / header.segmentSize();
      byte[] plain = segment(header, cipher, index, count);
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

  /** True while the store holds anything of the recording: its data key or any sealed audio. */
  public boolean holdsAnything(String recordingId) {
    return store.header(recordingId).isPresent() || store.sealedLength(recordingId) > 0;
  }

  /** True while the recording's data key exists. */
  public boolean exists(String recordingId) {
    return store.header(recordingId).isPresent();
  }

  private byte[] segment(RecordingHeader header, SegmentCipher cipher, long index, long count) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("no segment " + index);
    }
    byte[] sealed =
        store
            .read(header.recordingId(), index)
            .orElseThrow(() -> new AudioTamperedException("segment " + index + " is missing"));
    return cipher.open(index, index == count - 1, sealed);
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

  /**
   * Notes destroyed key epochs in the store (DSR-8): {@link RecordingStore#noteDestroyedEpochs}.
   */
  public void noteDestroyedEpochs(Collection<String> epochIds) {
    if (!epochIds.isEmpty()) {
      store.noteDestroyedEpochs(epochIds);
    }
  }

  /** The key epochs the store noted as destroyed. */
  public java.util.Set<String> destroyedEpochs() {
    return store.destroyedEpochs();
  }
}
