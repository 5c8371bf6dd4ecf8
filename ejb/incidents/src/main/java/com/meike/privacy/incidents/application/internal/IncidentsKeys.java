package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.incidents.domain.complaint.TextSeal;
import com.meike.privacy.kernel.crypto.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The key that seals complaints' text, answers, history notes and attachments (DATA-3), from
 * MicroProfile Config: {@value #FIELD_KEY} (Base64 of 32 bytes, no default: without it filing a
 * complaint fails with a server error rather than use a key from the code) and its id {@value
 * #FIELD_KEY_ID} (default {@code k1}).
 */
@ApplicationScoped
public class IncidentsKeys {

  public static final String FIELD_KEY = "meike.incidents.field-key";
  public static final String FIELD_KEY_ID = "meike.incidents.field-key-id";

  @Inject Config config;

  private volatile FieldCipher cipher;

  /** For the container. */
  public IncidentsKeys() {}

  /** Outside a container (tests). */
  public IncidentsKeys(FieldCipher cipher) {
    this.cipher = cipher;
  }

  /** The seal complaints use; the key is read on first use. */
  public TextSeal seal() {
    return new TextSeal() {
      @Override
      public String seal(String plaintext) {
        return cipher().seal(plaintext);
      }

      @Override
      public String open(String sealed) {
        return cipher().open(sealed);
      }

      @Override
      public byte[] sealBytes(byte[] content) {
        return cipher().sealBytes(content);
      }

      @Override
      public byte[] openBytes(byte[] sealed) {
        return cipher().openBytes(sealed);
      }
    };
  }

  FieldCipher cipher() {
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
