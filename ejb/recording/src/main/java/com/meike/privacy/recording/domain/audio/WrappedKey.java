package com.meike.privacy.recording.domain.audio;

import java.util.Arrays;

/** A recording's data key encrypted under the master key {@code keyId}; safe to store. */
public record WrappedKey(String keyId, byte[] bytes) {

  public WrappedKey {
    if (keyId == null || keyId.isBlank() || bytes == null) {
      throw new IllegalArgumentException("a wrapped key names its master key and has bytes");
    }
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WrappedKey that
        && keyId.equals(that.keyId)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * keyId.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "WrappedKey[" + keyId + "]";
  }
}
