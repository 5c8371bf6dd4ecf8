package com.meike.privacy.audit.application.internal;

import com.meike.privacy.kernel.crypto.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys of the chain's checkpoints, from configuration only (never the database, whose writers
 * the checkpoints guard against): {@value #KEY} (hex or at least 32 characters, as {@code openssl
 * rand -hex 32} prints), its id {@value #KEY_ID} (default {@code c1}) and keys replaced by a
 * rotation, {@value #RETIRED_KEYS} as {@code id:key,…}, kept to verify older checkpoints. Without
 * a key the chain is still linked but not sealed.
 */
@ApplicationScoped
public class CheckpointKeys {

  public static final String KEY = "meike.audit.checkpoint-key";
  public static final String KEY_ID = "meike.audit.checkpoint-key-id";
  public static final String RETIRED_KEYS = "meike.audit.retired-checkpoint-keys";

  private String currentId;
  private final Map<String, KeyedHash> keys = new HashMap<>();

  /** For the container: from configuration. */
  @Inject
  public CheckpointKeys(
      @ConfigProperty(name = KEY) Optional<String> key,
      @ConfigProperty(name = KEY_ID, defaultValue = "c1") String keyId,
      @ConfigProperty(name = RETIRED_KEYS) Optional<String> retired) {
    retired.ifPresent(
        list -> {
          for (String item : list.split(",")) {
            String entry = item.strip();
            int colon = entry.indexOf(':');
            if (colon < 1) {
              throw new IllegalArgumentException(RETIRED_KEYS + " must be id:key,…");
            }
            keys.put(entry.substring(0, colon), KeyedHash.fromSecret(entry.substring(colon + 1)));
          }
        });
    key.filter(k -> !k.isBlank())
        .ifPresent(
            k -> {
              keys.put(keyId, KeyedHash.fromSecret(k));
              currentId = keyId;
            });
  }

  /** For CDI's proxy. */
  protected CheckpointKeys() {}

  /** Whether a current key is configured, i.e. checkpoints can be written. */
  public boolean canSeal() {
    return currentId != null;
  }

  /** Id of the current key; null without one. */
  public String currentId() {
    return currentId;
  }

  /** The current key; null without one. */
  public KeyedHash current() {
    return currentId == null ? null : keys.get(currentId);
  }

  /** The key with {@code id} (current or retired); null when not held. */
  public KeyedHash byId(String id) {
    return keys.get(id);
  }
}
