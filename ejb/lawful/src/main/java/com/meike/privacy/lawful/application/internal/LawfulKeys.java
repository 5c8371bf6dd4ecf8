package com.meike.privacy.lawful.application.internal;

import com.meike.privacy.kernel.crypto.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The key that seals legal documents and, until their handover, package keys: {@value
 * #DOCUMENT_KEY} (Base64 of 32 bytes, no default: without it registering a request fails rather
 * than use a key from the code) and its id {@value #DOCUMENT_KEY_ID} (default {@code d1}). A key of
 * its own, so that no other context's key opens what authorities sent or received.
 */
@ApplicationScoped
public class LawfulKeys {

  public static final String DOCUMENT_KEY = "meike.lawful.document-key";
  public static final String DOCUMENT_KEY_ID = "meike.lawful.document-key-id";

  @Inject Config config;

  private volatile FieldCipher cipher;

  /** For the container. */
  public LawfulKeys() {}

  /** Outside a container (tests). */
  public LawfulKeys(FieldCipher cipher) {
    this.cipher = cipher;
  }

  public FieldCipher cipher() {
    if (cipher == null) {
      cipher =
          FieldCipher.fromBase64(
              config.getOptionalValue(DOCUMENT_KEY_ID, String.class).orElse("d1"),
              config
                  .getOptionalValue(DOCUMENT_KEY, String.class)
                  .orElseThrow(() -> new IllegalStateException(DOCUMENT_KEY + " is not configured")));
    }
    return cipher;
  }
}
