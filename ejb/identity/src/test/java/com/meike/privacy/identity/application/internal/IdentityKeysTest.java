package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.KeyedHash;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class IdentityKeysTest {

  private static final String PHONE_KEY = "ab".repeat(32);
  private static final String PHONE_ENCRYPTION_KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void evidenceKeysAreDerivedFromThePhoneKeysButDifferFromThem() {
    IdentityKeys keys = keys(Map.of(IdentityKeys.PHONE_KEY, PHONE_KEY,
        IdentityKeys.PHONE_ENCRYPTION_KEY, PHONE_ENCRYPTION_KEY));
    IdentityKeys sameConfiguration = keys(Map.of(IdentityKeys.PHONE_KEY, PHONE_KEY,
        IdentityKeys.PHONE_ENCRYPTION_KEY, PHONE_ENCRYPTION_KEY));

    assertThat(keys.evidence().hash("ID_CARD:1")).isEqualTo(sameConfiguration.evidence().hash("ID_CARD:1"))
        .isNotEqualTo(keys.phones().hash("ID_CARD:1"));
    String sealed = keys.evidenceCipher().seal("E1234567");
    assertThat(sealed).startsWith("e1:");
    assertThat(sameConfiguration.evidenceCipher().open(sealed)).isEqualTo("E1234567");
    // a key of its own, not the phone encryption key under another name
    assertThatThrownBy(() -> new FieldCipher("e1", new byte[32]).open(sealed))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  void dedicatedEvidenceKeysWinWhenConfigured() {
    String evidenceKey = "cd".repeat(32);
    byte[] encryptionKey = new byte[32];
    encryptionKey[0] = 7;
    IdentityKeys keys = keys(Map.of(IdentityKeys.PHONE_KEY, PHONE_KEY,
        IdentityKeys.PHONE_ENCRYPTION_KEY, PHONE_ENCRYPTION_KEY,
        IdentityKeys.EVIDENCE_KEY, evidenceKey,
        IdentityKeys.EVIDENCE_ENCRYPTION_KEY, Base64.getEncoder().encodeToString(encryptionKey),
        IdentityKeys.EVIDENCE_ENCRYPTION_KEY_ID, "e2"));

    assertThat(keys.evidence().hash("v")).isEqualTo(KeyedHash.fromSecret(evidenceKey).hash("v"));
    assertThat(new FieldCipher("e2", encryptionKey).open(keys.evidenceCipher().seal("v"))).isEqualTo("v");
  }

  private static IdentityKeys keys(Map<String, String> values) {
    IdentityKeys keys = new IdentityKeys();
    keys.config = new MapConfig(values);
    return keys;
  }

  /** Just enough MicroProfile Config for optional string values. */
  private record MapConfig(Map<String, String> values) implements Config {
    @Override
    public <T> T getValue(String name, Class<T> type) {
      return getOptionalValue(name, type).orElseThrow();
    }

    @Override
    public ConfigValue getConfigValue(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
      return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    @Override
    public Iterable<String> getPropertyNames() {
      return values.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
      return java.util.List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
      return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }
}
