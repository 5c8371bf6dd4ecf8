package com.meike.privacy.kernel.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private final FieldCipher cipher = new FieldCipher("k1", key(7));

  @Test
  void sealedValuesOpenToThePlaintextAndNameTheirKey() {
    String sealed = cipher.seal("+8613812345678");
    assertThat(sealed).startsWith("k1:").doesNotContain("13812345678");
    assertThat(cipher.open(sealed)).isEqualTo("+8613812345678");
  }

  @Test
  void everySealUsesAFreshIv() {
    assertThat(cipher.seal("same")).isNotEqualTo(cipher.seal("same"));
  }

  @Test
  void aChangedByteFailsTheTag() {
    String sealed = cipher.seal("+8613812345678");
    byte[] data = Base64.getDecoder().decode(sealed.substring(3));
    data[data.length - 1] ^= 1;
    String tampered = "k1:" + Base64.getEncoder().encodeToString(data);
    assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(FieldCipher.TamperedException.class);
    byte[] iv = Base64.getDecoder().decode(sealed.substring(3));
    iv[0] ^= 1;
    assertThatThrownBy(() -> cipher.open("k1:" + Base64.getEncoder().encodeToString(iv)))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  void anotherKeyOrAnotherKeyIdCannotOpen() {
    String sealed = cipher.seal("secret");
    assertThatThrownBy(() -> new FieldCipher("k1", key(8)).open(sealed))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> new FieldCipher("k2", key(7)).open(sealed))
        .isInstanceOf(FieldCipher.TamperedException.class);
    // relabelling the key id breaks the associated data
    assertThatThrownBy(() -> new FieldCipher("k2", key(7)).open("k2" + sealed.substring(2)))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  void malformedValuesAndKeysAreRefused() {
    assertThatThrownBy(() -> cipher.open("k1:not base64!")).isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> cipher.open("k1:AAAA")).isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> new FieldCipher("k1", new byte[16])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldCipher.fromBase64("k1", "short")).isInstanceOf(IllegalArgumentException.class);
    assertThat(FieldCipher.fromBase64("k1", Base64.getEncoder().encodeToString(key(7))).open(cipher.seal("x")))
        .isEqualTo("x");
  }

  @Test
  void sealedContentOpensToTheBytesAndAChangedByteOrAnotherKeyIsRefused() {
    byte[] content = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 0};
    byte[] sealed = cipher.sealBytes(content);
    assertThat(new String(sealed, 0, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("k1:");
    assertThat(cipher.openBytes(sealed)).isEqualTo(content);
    assertThat(cipher.sealBytes(content)).isNotEqualTo(sealed);
    byte[] tampered = sealed.clone();
    tampered[tampered.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.openBytes(tampered)).isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> new FieldCipher("k2", key(7)).openBytes(sealed))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> cipher.openBytes(new byte[3])).isInstanceOf(FieldCipher.TamperedException.class);
  }
}
