package com.meike.privacy.recording.infrastructure.persistence;

import com.meike.privacy.kernel.crypto.SealedColumn;
import com.meike.privacy.kernel.crypto.SealedColumns;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The sealed columns of this context, registered with the kernel's re-sealing (README, "How to
 * rotate a key"): the key epochs' keys (DSR-8), sealed under the recording master key set, so that
 * a rotation of the master key re-seals them and the old master key can then be retired.
 */
@ApplicationScoped
public class RecordingSealedColumns implements SealedColumns {

  @Override
  public List<SealedColumn> sealedColumns() {
    return List.of(
        SealedColumn.text(
                RecordingAudio.MASTER_KEY, "k1", "recording_key_epoch", "id", "sealed_key")
            .where("sealed_key is not null"));
  }
}
