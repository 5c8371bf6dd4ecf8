package com.meike.privacy.recording.domain.audio;

/**
 * Stored audio or its wrapped key cannot be trusted: changed, reordered, truncated, extended, or
 * sealed under another key. Nothing of the affected segment is ever returned.
 */
public class AudioTamperedException extends RuntimeException {

  public AudioTamperedException(String message) {
    super(message);
  }
}
