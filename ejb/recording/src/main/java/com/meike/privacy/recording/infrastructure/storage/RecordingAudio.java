package com.meike.privacy.recording.infrastructure.storage;

import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeySet;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.EpochKeyRing;
import com.meike.privacy.recording.domain.audio.KeyEpochs;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/**
 * The server's {@link AudioVault}, configured by MicroProfile Config. Recordings' data keys are
 * wrapped under key epochs ({@link EpochKeyRing}, DSR-8) whose keys live in the database sealed
 * under the master keys; the master keys are the key set {@value #MASTER_KEY} of the kernel's
 * facility ({@code KeySet}, checked when the application starts), and unwrap directly only data
 * keys written before the key epochs:
 *
 * <ul>
 *   <li>{@value #MASTER_KEY} — Base64 of 32 bytes ({@code openssl rand -base64 32}), required;
 *   <li>{@value #MASTER_KEY_ID} — its id, written beside every sealed epoch key (default {@code
 *       k1});
 *   <li>{@value #RETIRED_MASTER_KEYS} — keys replaced by a rotation, {@code id:base64,...}, used
 *       only to unwrap older recordings' data keys;
 *   <li>{@value #STORE_DIR} — folder of the sealed audio (default {@code
 *       ${jboss.server.data.dir}/recordings}).
 * </ul>
 */
@ApplicationScoped
public class RecordingAudio {

  public static final String MASTER_KEY = "meike.recording.master-key";
  public static final String MASTER_KEY_ID = "meike.recording.master-key-id";
  public static final String RETIRED_MASTER_KEYS = "meike.recording.retired-master-keys";
  public static final String STORE_DIR = "meike.recording.store-dir";

  @Inject Config config;
  @Inject KeyEpochs epochs;
  @Inject Clock clock;

  @Inject
  @Key(MASTER_KEY)
  KeySet masterKeys;

  private volatile AudioVault vault;

  /** For the container. */
  public RecordingAudio() {}

  /** Outside a container (tests): a given vault. */
  public RecordingAudio(AudioVault vault) {
    this.vault = vault;
  }

  /** The vault; built on first use. */
  public AudioVault vault() {
    if (vault == null) {
      MasterKeyRing ring = MasterKeyRing.of(masterKeys.currentId(), masterKeys.keys());
      vault =
          new AudioVault(
              new EpochKeyRing(epochs, masterKeys.cipher(), ring, clock),
              new FileSystemRecordingStore(storeDirectory()),
              AudioVault.DEFAULT_SEGMENT_SIZE);
    }
    return vault;
  }

  private Path storeDirectory() {
    return config
        .getOptionalValue(STORE_DIR, String.class)
        .map(Path::of)
        .orElseGet(
            () ->
                Path.of(
                    config
                        .getOptionalValue("jboss.server.data.dir", String.class)
                        .orElseThrow(
                            () -> new IllegalStateException(STORE_DIR + " is not configured")),
                    "recordings"));
  }
}
