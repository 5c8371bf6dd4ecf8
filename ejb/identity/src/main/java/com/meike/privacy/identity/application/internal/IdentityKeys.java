package com.meike.privacy.identity.application.internal;

import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.config.Config;

/**
 * The identity context's field keys, from MicroProfile Config (no defaults: a server without them
 * refuses registration with a server error rather than use a key from the code):
 * {@value #CODE_KEY} (keyed hash of codes and client addresses), {@value #PHONE_KEY} (keyed hash of
 * phone numbers), {@value #PHONE_ENCRYPTION_KEY} (Base64 of 32 bytes, AES-GCM of phone numbers)
 * with its id {@value #PHONE_ENCRYPTION_KEY_ID} (default {@code k1}).
 *
 * <p>Verification evidence and external account ids (ID-3..5) have keys of their own, {@value
 * #EVIDENCE_KEY} (keyed hash) and {@value #EVIDENCE_ENCRYPTION_KEY} (AES-GCM, id {@value
 * #EVIDENCE_ENCRYPTION_KEY_ID}, default {@code e1}), in the same formats. Where they are not set
 * they are derived from the phone keys by HMAC over a fixed label (one key per purpose even then,
 * and a server configured for phones needs nothing more).
 */
@ApplicationScoped
public class IdentityKeys {

  public static final String CODE_KEY = "meike.identity.code-key";
  public static final String PHONE_KEY = "meike.identity.phone-key";
  public static final String PHONE_ENCRYPTION_KEY = "meike.identity.phone-encryption-key";
  public static final String PHONE_ENCRYPTION_KEY_ID = "meike.identity.phone-encryption-key-id";
  public static final String EVIDENCE_KEY = "meike.identity.evidence-key";
  public static final String EVIDENCE_ENCRYPTION_KEY = "meike.identity.evidence-encryption-key";
  public static final String EVIDENCE_ENCRYPTION_KEY_ID = "meike.identity.evidence-encryption-key-id";

  static final String EVIDENCE_HASH_LABEL = "meike.identity/evidence-hash/v1";
  static final String EVIDENCE_CIPHER_LABEL = "meike.identity/evidence-cipher/v1";

  @Inject Config config;

  private volatile KeyedHash codes;
  private volatile KeyedHash phones;
  private volatile FieldCipher phoneCipher;
  private volatile KeyedHash evidence;
  private volatile FieldCipher evidenceCipher;

  /** For the container. */
  public IdentityKeys() {}

  /** Outside a container (tests, tools). */
  public IdentityKeys(KeyedHash codes, KeyedHash phones, FieldCipher phoneCipher) {
    this.codes = codes;
    this.phones = phones;
    this.phoneCipher = phoneCipher;
  }

  /** Outside a container (tests, tools), with the evidence keys too. */
  public IdentityKeys(
      KeyedHash codes, KeyedHash phones, FieldCipher phoneCipher, KeyedHash evidence, FieldCipher evidenceCipher) {
    this(codes, phones, phoneCipher);
    this.evidence = evidence;
    this.evidenceCipher = evidenceCipher;
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

  /**
   * Keyed hash of verification evidence (document numbers, credit codes) and external account ids,
   * for "already used by another account" look-ups.
   */
  public KeyedHash evidence() {
    if (evidence == null) {
      evidence = config.getOptionalValue(EVIDENCE_KEY, String.class)
          .map(KeyedHash::fromSecret)
          .orElseGet(() -> KeyedHash.fromSecret(phones().hash(EVIDENCE_HASH_LABEL)));
    }
    return evidence;
  }

  /** Authenticated encryption of verification evidence and external account ids at rest. */
  public FieldCipher evidenceCipher() {
    if (evidenceCipher == null) {
      String keyId = config.getOptionalValue(EVIDENCE_ENCRYPTION_KEY_ID, String.class).orElse("e1");
      evidenceCipher = config.getOptionalValue(EVIDENCE_ENCRYPTION_KEY, String.class)
          .map(key -> FieldCipher.fromBase64(keyId, key))
          .orElseGet(() -> new FieldCipher(keyId, HexFormat.of().parseHex(
              new KeyedHash(Base64.getDecoder().decode(required(PHONE_ENCRYPTION_KEY).strip()))
                  .hash(EVIDENCE_CIPHER_LABEL))));
    }
    return evidenceCipher;
  }

  private String required(String key) {
    return config.getOptionalValue(key, String.class)
        .orElseThrow(() -> new IllegalStateException(key + " is not configured"));
  }
}
