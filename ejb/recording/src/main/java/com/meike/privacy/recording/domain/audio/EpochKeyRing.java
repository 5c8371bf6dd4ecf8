package com.meike.privacy.recording.domain.audio;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.kernel.crypto.Aead;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.SealBinding;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Recordings' data keys wrapped under time-boxed key epochs (DSR-8, REC-5). A recording's data key
 * is wrapped under the key of the epoch of the day (China time) it was wrapped on, or of its
 * order's hold epoch while a legal hold covers it (REC-6). Epoch keys are random, live only in the
 * database, sealed under the recording master key set ({@code meike.recording.master-key}, kernel
 * {@code KeySet}); the store's header names the epoch, never holds its key. When an epoch's key is
 * destroyed, no copy of the audio store nor of the current database can unwrap a data key of that
 * epoch.
 *
 * <p>Data keys wrapped before the key epochs (header naming a master key) still unwrap with the
 * master key ring until they are wrapped again (the retention sweep does that).
 */
public final class EpochKeyRing implements DataKeyWrapping {

  /** Epoch ids start with this; master key ids never do. */
  public static final String PREFIX = "epoch-";

  /** Days are China's: the kernel calendar's zone. */
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private static final int IV_BYTES = Aead.NONCE_BYTES;

  private final KeyEpochs epochs;
  private final FieldCipher master;
  private final DataKeyWrapping legacy;
  private final Clock clock;

  /**
   * @param master the field cipher of the master key set, which seals the epoch keys
   * @param legacy unwraps data keys wrapped before the key epochs (the master key ring)
   */
  public EpochKeyRing(KeyEpochs epochs, FieldCipher master, DataKeyWrapping legacy, Clock clock) {
    this.epochs = epochs;
    this.master = master;
    this.legacy = legacy;
    this.clock = clock;
  }

  /** The day epoch's id of a day: {@code epoch-d20261207}. */
  public static String dayEpoch(LocalDate day) {
    return PREFIX + "d" + DAY.format(day);
  }

  /** The day epoch that new data keys are wrapped under now. */
  public String todaysEpoch() {
    return dayEpoch(LocalDate.ofInstant(clock.instant(), CHINA));
  }

  /**
   * Makes sure the day epochs of today and tomorrow exist, so that two nodes seldom race to add one
   * on the first recording of a day.
   */
  public void prepareDays() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
    ensureDay(today);
    ensureDay(today.plusDays(1));
  }

  @Override
  public WrappedKey wrap(String recordingId, byte[] dataKey) {
    String epoch = epochs.heldOrder(recordingId).map(this::holdEpoch).orElseGet(this::today);
    byte[] key = key(epoch);
    try {
      byte[] iv = Aead.random(IV_BYTES);
      byte[] sealed = new Aead(key).seal(iv, aad(epoch, recordingId), dataKey);
      epochs.assign(recordingId, epoch);
      return new WrappedKey(
          epoch, ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Override
  public byte[] unwrap(String recordingId, WrappedKey wrapped) {
    String epoch = wrapped.keyId();
    if (!epoch.startsWith(PREFIX)) {
      return legacy.unwrap(recordingId, wrapped);
    }
    byte[] data = wrapped.bytes();
    if (data.length < IV_BYTES + Aead.TAG_BYTES) {
      throw new AudioTamperedException("the wrapped data key is too short");
    }
    byte[] key = key(epoch);
    try {
      byte[] dataKey =
          new Aead(key)
              .open(
                  Arrays.copyOf(data, IV_BYTES),
                  aad(epoch, recordingId),
                  data,
                  IV_BYTES,
                  data.length - IV_BYTES);
      if (dataKey.length != SegmentCipher.KEY_BYTES) {
        throw new AudioTamperedException("the wrapped data key has the wrong length");
      }
      return dataKey;
    } catch (Aead.BadTagException e) {
      throw new AudioTamperedException("the wrapped data key fails its authentication tag");
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private String today() {
    LocalDate day = LocalDate.ofInstant(clock.instant(), CHINA);
    return ensureDay(day);
  }

  private String ensureDay(LocalDate day) {
    String id = dayEpoch(day);
    if (!epochs.exists(id)) {
      epochs.addIfAbsent(
          id,
          KeyEpochs.Kind.DAY,
          null,
          day.atStartOfDay(CHINA).toInstant(),
          day.plusDays(1).atStartOfDay(CHINA).toInstant(),
          freshSealedKey(id));
    }
    return id;
  }

  private String holdEpoch(String orderNumber) {
    return epochs
        .openHoldEpoch(orderNumber)
        .orElseGet(
            () -> {
              byte[] random = Aead.random(12);
              String id = PREFIX + "h" + HexFormat.of().formatHex(random);
              epochs.addIfAbsent(
                  id, KeyEpochs.Kind.HOLD, orderNumber, clock.instant(), null, freshSealedKey(id));
              return id;
            });
  }

  private String freshSealedKey(String epochId) {
    byte[] key = Aead.random(Aead.KEY_BYTES);
    try {
      return master.seal(Base64.getEncoder().encodeToString(key), binding(epochId));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private byte[] key(String epochId) {
    String sealed =
        epochs
            .sealedKey(epochId)
            .orElseThrow(
                () ->
                    new AudioTamperedException(
                        "the key epoch " + epochId + " was destroyed (or never existed)"));
    try {
      return Base64.getDecoder().decode(master.open(sealed, binding(epochId)));
    } catch (FieldCipher.TamperedException | IllegalArgumentException e) {
      throw new AudioTamperedException("the key of epoch " + epochId + " does not open");
    }
  }

  private static SealBinding binding(String epochId) {
    return SealBinding.of("recording_key_epoch", "sealed_key", epochId);
  }

  private static byte[] aad(String epochId, String recordingId) {
    return ("meike-recording-key|" + epochId + "|" + recordingId).getBytes(StandardCharsets.UTF_8);
  }
}
