package com.meike.privacy.kernel.crypto;

import java.util.Map;
import java.util.Optional;

/**
 * A keyed-MAC key set with key ids and retired keys (HMAC-SHA256, {@link KeyedHash}): what signs
 * values that name the key they were made with, such as the audit chain's checkpoints. New MACs are
 * made under the current key; retired keys only verify older ones. Injected as
 * {@code @Inject @Key(value = "meike.audit.checkpoint-key", defaultId = "c1", optional = true)
 * KeyedHashes keys;} — an optional set may have no current key (then nothing new is signed, and
 * values naming a retired key still verify). Thread-safe.
 */
public final class KeyedHashes {

  private final String currentId;
  private final Map<String, KeyedHash> keys;

  KeyedHashes(String currentId, Map<String, KeyedHash> keys) {
    this.currentId = currentId;
    this.keys = Map.copyOf(keys);
  }

  /**
   * No key at all: nothing is signed and nothing verifies (a set declared optional and not
   * configured).
   */
  public static KeyedHashes none() {
    return new KeyedHashes(null, Map.of());
  }

  /** Whether a current key is configured, i.e. new MACs can be made. */
  public boolean canSign() {
    return currentId != null;
  }

  /** Id of the current key; empty without one. */
  public Optional<String> currentId() {
    return Optional.ofNullable(currentId);
  }

  /** The current key; empty without one. */
  public Optional<KeyedHash> current() {
    return currentId == null ? Optional.empty() : Optional.of(keys.get(currentId));
  }

  /** The key named {@code id}, current or retired; null when this server does not hold it. */
  public KeyedHash byId(String id) {
    return id == null ? null : keys.get(id);
  }
}
