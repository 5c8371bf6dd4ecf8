package com.meike.privacy.notification.application.internal;

import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.config.Config;

/**
 * The key that encrypts push tokens at rest: {@code meike.notification.device-key} (Base64 of 32
 * bytes), or, when it is not set, one derived from {@code meike.identity.phone-encryption-key} with
 * a label of its own, so a deployment needs no new secret.
 */
@ApplicationScoped
public class NotificationKeys {

  public static final String DEVICE_KEY = "meike.notification.device-key";
  public static final String DEVICE_KEY_ID = "meike.notification.device-key-id";
  static final String PHONE_ENCRYPTION_KEY = "meike.identity.phone-encryption-key";
  static final String DEVICE_CIPHER_LABEL = "meike.notification/device-cipher/v1";

  @Inject Config config;

  private volatile FieldCipher devices;

  /** For the container. */
  public NotificationKeys() {}

  /** Outside a container (tests). */
  public NotificationKeys(FieldCipher devices) {
    this.devices = devices;
  }

  public FieldCipher devices() {
    if (devices == null) {
      String keyId = config.getOptionalValue(DEVICE_KEY_ID, String.class).orElse("d1");
      devices = config.getOptionalValue(DEVICE_KEY, String.class)
          .map(key -> FieldCipher.fromBase64(keyId, key))
          .orElseGet(() -> new FieldCipher(keyId, HexFormat.of().parseHex(
              new KeyedHash(Base64.getDecoder().decode(
                  config.getOptionalValue(PHONE_ENCRYPTION_KEY, String.class)
                      .orElseThrow(() -> new IllegalStateException(DEVICE_KEY + " is not configured"))
                      .strip()))
                  .hash(DEVICE_CIPHER_LABEL))));
    }
    return devices;
  }
}
