package com.meike.privacy.identity.application.internal;

import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The identity context's field keys, from MicroProfile Config (no defaults: a server without them
 * refuses registration with a server error rather than use a key from the code):
 * {@value #CODE_KEY} (keyed hash of codes and client addresses), {@value #PHONE_KEY} (keyed hash of
 * phone numbers), {@value #PHONE_ENCRYPTION_KEY} (Base64 of 32 bytes, AES-GCM of phone numbers)
 * with its id {@value #PHONE_ENCRYPTION_KEY_ID} (default {@code k1}).
 */
@ApplicationScoped
public class IdentityKeys {

  public static final String CODE_KEY = "meike.identity.code-key";
  public static final String PHONE_KEY = "meike.identity.phone-key";
  public static final String PHONE_ENCRYPTION_KEY = "meike.identity.phone-encryption-key";
  public static final String PHONE_ENCRYPTION_KEY_ID = "meike.identity.phone-encryption-key-id";

  @Inject Config config;

  private volatile KeyedHash codes;
  private volatile KeyedHash phones;
  private volatile FieldCipher phoneCipher;

  /** For the container. */
  public IdentityKeys() {}

  /** Outside a container (tests, tools). */
  public IdentityKeys(KeyedHash codes, KeyedHash phones, FieldCipher phoneCipher) {
    this.codes = codes;
    this.phones = phones;
    this.phoneCipher = phoneCipher;
  }

  /** Keyed hash of verification codes and client addresses. */
  public KeyedHash codes() {
    if (codes == null) {
      codes = KeyedHash.fromSecret(required(CODE_KEY));
    }
    return codes;
  }

  /** Keyed hash of phone numbers, for look-up. */
  public KeyedHash phones() {
    if (phones == null) {
      phones = KeyedHash.fromSecret(required(PHONE_KEY));
    }
    return phones;
  }

  /** Authenticated encryption of phone numbers at rest. */
  public FieldCipher phoneCipher() {
    if (phoneCipher == null) {
      phoneCipher = FieldCipher.fromBase64(
          config.getOptionalValue(PHONE_ENCRYPTION_KEY_ID, String.class).orElse("k1"),
          required(PHONE_ENCRYPTION_KEY));
    }
    return phoneCipher;
  }

  private String required(String key) {
    return config.getOptionalValue(key, String.class)
        .orElseThrow(() -> new IllegalStateException(key + " is not configured"));
  }
}
