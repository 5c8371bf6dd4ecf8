package com.meike.privacy.order.application.internal;

import com.meike.privacy.kernel.crypto.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The key that seals orders' personal fields (DATA-3), from MicroProfile Config: {@value
 * #FIELD_KEY} (Base64 of 32 bytes, no default: without it placing an order fails with a server
 * error rather than use a key from the code) and its id {@value #FIELD_KEY_ID} (default {@code k1}).
 */
@ApplicationScoped
public class OrderKeys {

  public static final String FIELD_KEY = "meike.order.field-key";
  public static final String FIELD_KEY_ID = "meike.order.field-key-id";

  @Inject Config config;

  private volatile FieldCipher cipher;

  /** For the container. */
  public OrderKeys() {}

  /** Outside a container (tests). */
  public OrderKeys(FieldCipher cipher) {
    this.cipher = cipher;
  }

  public FieldCipher cipher() {
    if (cipher == null) {
      cipher =
          FieldCipher.fromBase64(
              config.getOptionalValue(FIELD_KEY_ID, String.class).orElse("k1"),
              config
                  .getOptionalValue(FIELD_KEY, String.class)
                  .orElseThrow(() -> new IllegalStateException(FIELD_KEY + " is not configured")));
    }
    return cipher;
  }
}
