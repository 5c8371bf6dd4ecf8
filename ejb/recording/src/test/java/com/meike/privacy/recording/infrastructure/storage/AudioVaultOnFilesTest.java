package com.meike.privacy.recording.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.recording.domain.audio.AudioTamperedException;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.audio.RecordingHeader;
import com.meike.privacy.recording.domain.audio.RecordingStore;
import com.meike.privacy.recording.domain.audio.SegmentWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealed recordings on a real directory: what a tamperer could do to the files is detected. */
@Tag("REC-3")
class AudioVaultOnFilesTest {

  static final int SEGMENT = 32;
  static final int SEALED = SEGMENT + 16;
  static final String ID = "rec-1";

  @TempDir Path dir;
  FileSystemRecordingStore store;
  String k1 = randomKey();
  MasterKeyRing ring;
  AudioVault vault;
  byte[] audio;

  @BeforeEach
  void setUp() {
    store = new FileSystemRecordingStore(dir);
    ring = MasterKeyRing.of("k1", k1, Map.of());
    vault = new AudioVault(ring, store, SEGMENT);
    // 3 full segments and a short one of readable text, so that plaintext on disk would show.
    audio =
        "the customer said the massage was fine, no complaint at all; thanks, see you next week!!"
            .repeat(2)
            .substring(0, 3 * SEGMENT + 10)
            .getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void whatIsWrittenReadsBackSegmentBySegmentAndByRange() throws IOException {
    record(ID, audio);

    assertThat(vault.segmentCount(ID)).isEqualTo(4);
    assertThat(vault.length(ID)).isEqualTo(audio.length);
    assertThat(vault.segment(ID, 1)).isEqualTo(Arrays.copyOfRange(audio, SEGMENT, 2 * SEGMENT));
    assertThat(range(ID, 0, audio.length)).isEqualTo(audio);
    assertThat(range(ID, 30, 40)).isEqualTo(Arrays.copyOfRange(audio, 30, 70));
  }

  @Test
  void noPlaintextReachesTheDisk() throws IOException {
    record(ID, audio);

    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .doesNotContain("customer", "massage", "complaint");
      }
    }
    assertThat(Files.size(audioFile(ID))).isEqualTo(3L * SEALED + 10 + 16);
  }

  @Test
  void aRecordingEndingOnAFullSegmentAndAnEmptyOneBothReadBack() {
    byte[] exact = Arrays.copyOf(audio, 2 * SEGMENT);
    record(ID, exact);
    record("rec-empty", new byte[0]);

    assertThat(vault.segmentCount(ID)).isEqualTo(2);
    assertThat(vault.length(ID)).isEqualTo(exact.length);
    assertThat(vault.length("rec-empty")).isZero();
  }

  @Test
  void aFlippedBitIsDetectedAndNothingOfThatSegmentIsReturned() throws IOException {
    record(ID, audio);
    byte[] file = Files.readAllBytes(audioFile(ID));
    file[SEALED + 5] ^= 0x01;
    Files.write(audioFile(ID), file);

    assertThat(vault.segment(ID, 0)).isEqualTo(Arrays.copyOf(audio, SEGMENT));
    assertThatThrownBy(() -> vault.segment(ID, 1)).isInstanceOf(AudioTamperedException.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> vault.copyRange(ID, 0, audio.length, out))
        .isInstanceOf(AudioTamperedException.class);
    assertThat(out.toByteArray()).isEqualTo(Arrays.copyOf(audio, SEGMENT));
  }

  @Test
  void swappedSegmentsAreDetected() throws IOException {
    record(ID, audio);
    byte[] file = Files.readAllBytes(audioFile(ID));
    byte[] first = Arrays.copyOfRange(file, 0, SEALED);
    System.arraycopy(file, SEALED, file, 0, SEALED);
    System.arraycopy(first, 0, file, SEALED, SEALED);
    Files.write(audioFile(ID), file);

    assertThatThrownBy(() -> vault.segment(ID, 0)).isInstanceOf(AudioTamperedException.class);
    assertThatThrownBy(() -> vault.segment(ID, 1)).isInstanceOf(AudioTamperedException.class);
  }

  @Test
  void droppingTheLastSegmentIsDetectedBecauseNoSegmentIsMarkedLast() throws IOException {
    record(ID, audio);
    byte[] file = Files.readAllBytes(audioFile(ID));
    Files.write(audioFile(ID), Arrays.copyOf(file, 3 * SEALED));

    assertThatThrownBy(() -> vault.length(ID)).isInstanceOf(AudioTamperedException.class);
    assertThatThrownBy(() -> vault.segment(ID, 2)).isInstanceOf(AudioTamperedException.class);
  }

  @Test
  void cuttingIntoTheLastSegmentIsDetected() throws IOException {
    record(ID, audio);
    byte[] file = Files.readAllBytes(audioFile(ID));
    Files.write(audioFile(ID), Arrays.copyOf(file, file.length - 3));

    assertThatThrownBy(() -> vault.length(ID)).isInstanceOf(AudioTamperedException.class);
  }

  @Test
  void anAppendedSegmentIsDetected() throws IOException {
    record(ID, Arrays.copyOf(audio, 2 * SEGMENT));
    byte[] file = Files.readAllBytes(audioFile(ID));
    byte[] extended = Arrays.copyOf(file, file.length + SEALED);
    System.arraycopy(file, 0, extended, file.length, SEALED);
    Files.write(audioFile(ID), extended);

    assertThatThrownBy(() -> vault.length(ID)).isInstanceOf(AudioTamperedException.class);
    assertThatThrownBy(() -> vault.segment(ID, 1)).isInstanceOf(AudioTamperedException.class);
  }

  @Test
  void anotherMasterKeyOpensNothing() {
    record(ID, audio);
    AudioVault stranger =
        new AudioVault(MasterKeyRing.of("k1", randomKey(), Map.of()), store, SEGMENT);

    assertThatThrownBy(() -> stranger.segment(ID, 0)).isInstanceOf(AudioTamperedException.class);
  }

  @Test
  void aKeyFileCopiedFromAnotherRecordingOpensNothing() throws IOException {
    record(ID, audio);
    record("rec-2", audio);
    byte[] otherKey = Files.readAllBytes(dir.resolve("rec-2").resolve("key"));
    Files.write(dir.resolve(ID).resolve("key"), otherKey);

    assertThatThrownBy(() -> vault.segment(ID, 0)).isInstanceOf(AudioTamperedException.class);
  }

  @Test
  void afterARotationOldRecordingsOpenWithTheRetiredKeyAndNewOnesUseTheNewKey() throws IOException {
    record(ID, audio);
    String k2 = randomKey();
    AudioVault rotated =
        new AudioVault(MasterKeyRing.of("k2", k2, Map.of("k1", k1)), store, SEGMENT);
    rotated.begin("rec-new");
    rotated.appendSegment("rec-new", 0, new byte[] {1, 2, 3}, true);

    assertThat(rotated.segment(ID, 0)).isEqualTo(Arrays.copyOf(audio, SEGMENT));
    assertThat(rotated.segment("rec-new", 0)).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> vault.segment("rec-new", 0))
        .isInstanceOf(AudioTamperedException.class)
        .hasMessageContaining("k2");
    AudioVault forgotten = new AudioVault(MasterKeyRing.of("k2", k2, Map.of()), store, SEGMENT);
    assertThatThrownBy(() -> forgotten.segment(ID, 0)).isInstanceOf(AudioTamperedException.class);
  }

  @Test
  void segmentsAreAppendedInOrderOnlyAndNotAfterAShortLastOne() {
    vault.begin(ID);
    byte[] full = new byte[SEGMENT];

    assertThatThrownBy(() -> vault.appendSegment(ID, 1, full, false))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> vault.appendSegment(ID, 0, new byte[3], false))
        .isInstanceOf(IllegalArgumentException.class);
    vault.appendSegment(ID, 0, new byte[3], true);
    assertThatThrownBy(() -> vault.appendSegment(ID, 1, new byte[3], true))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> vault.begin(ID)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void destroyingRemovesKeyAndAudioAndIsIdempotent() {
    record(ID, audio);

    vault.destroy(ID);
    vault.destroy(ID);

    assertThat(vault.exists(ID)).isFalse();
    assertThat(dir.resolve(ID)).doesNotExist();
    assertThatThrownBy(() -> vault.segment(ID, 0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBatchIsDestroyedWholeAndUnknownOrDestroyedIdsAreSkipped() {
    record("rec-a", audio);
    record("rec-b", audio);
    record("rec-c", audio);

    vault.destroyAll(List.of("rec-a", "rec-b", "never-made"));
    vault.destroyAll(List.of("rec-a"));

    assertThat(dir.resolve("rec-a")).doesNotExist();
    assertThat(dir.resolve("rec-b")).doesNotExist();
    assertThat(vault.exists("rec-c")).isTrue();
    assertThat(vault.length("rec-c")).isEqualTo(audio.length);
  }

  /**
   * Counts the durable appends (each one force) and the header reads (each one key unwrap at most).
   */
  final class CountingStore implements RecordingStore {
    final List<Integer> appends = new ArrayList<>();
    int headerReads;

    public void create(RecordingHeader header) {
      store.create(header);
    }

    public void replaceKey(String id, com.meike.privacy.recording.domain.audio.WrappedKey key) {
      store.replaceKey(id, key);
    }

    @Override
    public Optional<RecordingHeader> header(String id) {
      headerReads++;
      return store.header(id);
    }

    public void append(String id, long first, List<byte[]> sealed) {
      appends.add(sealed.size());
      store.append(id, first, sealed);
    }

    public void truncate(String id, long segments) {
      store.truncate(id, segments);
    }

    public long sealedLength(String id) {
      return store.sealedLength(id);
    }

    public Optional<byte[]> read(String id, long index) {
      return store.read(id, index);
    }

    public void destroy(String id) {
      store.destroy(id);
    }
  }

  @Test
  void rec3_anUploadedChunkIsSealedWithTheKeyUnwrappedOnceAndForcedOnce() {
    byte[] sound = new byte[7 * SEGMENT];
    new SecureRandom().nextBytes(sound);
    CountingStore counting = new CountingStore();
    AudioVault forcing = new AudioVault(ring, counting, SEGMENT);
    forcing.begin(ID);
    counting.headerReads = 0;

    forcing.appendChunk(ID, 0, Arrays.copyOf(sound, 4 * SEGMENT), false);
    forcing.appendChunk(ID, 4, Arrays.copyOfRange(sound, 4 * SEGMENT, 6 * SEGMENT + 7), true);

    assertThat(counting.appends)
        .as("one durable append (one force) per chunk, with all its segments")
        .containsExactly(4, 3);
    assertThat(counting.headerReads)
        .as("the data key read and unwrapped once per chunk")
        .isEqualTo(2);
    assertThat(forcing.length(ID)).isEqualTo(6 * SEGMENT + 7);
    ByteArrayOutputStream played = new ByteArrayOutputStream();
    assertThatCode(() -> forcing.copyRange(ID, 0, 6 * SEGMENT + 7, played))
        .doesNotThrowAnyException();
    assertThat(played.toByteArray()).isEqualTo(Arrays.copyOf(sound, 6 * SEGMENT + 7));
    assertThatThrownBy(() -> forcing.appendChunk(ID, 7, new byte[SEGMENT], false))
        .as("nothing after the recording's last segment")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> forcing.appendChunk("other", 0, new byte[SEGMENT + 1], false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rec3_aStreamUnwrapsTheKeyOnceAndEachWriteCallForcesWhatItStoredOnce() {
    byte[] sound = new byte[7 * SEGMENT];
    new SecureRandom().nextBytes(sound);
    CountingStore counting = new CountingStore();
    AudioVault forcing = new AudioVault(ring, counting, SEGMENT);
    forcing.begin(ID);
    counting.headerReads = 0;
    SegmentWriter writer = forcing.writer(ID);

    writer.write(sound, 0, 3 * SEGMENT + 10);
    assertThat(counting.appends).as("three full segments stored with one force").containsExactly(3);
    writer.write(sound, 0, 5);
    assertThat(counting.appends).as("nothing new stored, nothing forced").containsExactly(3);
    writer.finish();
    assertThat(counting.appends).containsExactly(3, 1);
    assertThat(counting.headerReads)
        .as("the data key unwrapped once for the whole stream")
        .isEqualTo(1);
    assertThat(forcing.length(ID)).isEqualTo(3 * SEGMENT + 15);
  }

  @Test
  void withTheKeyGoneTheLeftoverAudioCannotBeOpened() throws IOException {
    record(ID, audio);
    Files.delete(dir.resolve(ID).resolve("key"));

    assertThat(vault.exists(ID)).isFalse();
    assertThatThrownBy(() -> vault.segment(ID, 0)).isInstanceOf(IllegalStateException.class);
  }

  private void record(String id, byte[] bytes) {
    vault.begin(id);
    SegmentWriter writer = vault.writer(id);
    // Uneven chunks, as an upload would deliver them.
    for (int offset = 0; offset < bytes.length; offset += 7) {
      writer.write(bytes, offset, Math.min(7, bytes.length - offset));
    }
    writer.finish();
  }

  private byte[] range(String id, long from, long length) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    vault.copyRange(id, from, length, out);
    return out.toByteArray();
  }

  private Path audioFile(String id) {
    return dir.resolve(id).resolve("audio");
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
