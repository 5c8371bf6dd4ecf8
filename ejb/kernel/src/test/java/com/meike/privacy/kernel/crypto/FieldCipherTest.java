package com.meike.privacy.kernel.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DATA-3")
class FieldCipherTest {

  private static final SealBinding PHONE = SealBinding.of("app_account", "phone_ciphertext", "a-1");

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private final FieldCipher cipher = new FieldCipher("k1", key(7));

  @Test
  void sealedValuesOpenToThePlaintextAndNameTheirKey() {
    String sealed = cipher.seal("+8613812345678", PHONE);
    assertThat(sealed).startsWith("k1$").doesNotContain("13812345678");
    assertThat(cipher.open(sealed, PHONE)).isEqualTo("+8613812345678");
    assertThat(cipher.isCurrent(sealed)).isTrue();
  }

  @Test
  void everySealUsesAFreshNonce() {
    assertThat(cipher.seal("same", PHONE)).isNotEqualTo(cipher.seal("same", PHONE));
  }

  @Test
  @DisplayName("DATA-3: a sealed value moved to another row, column or table does not open")
  void aValueOpensOnlyWhereItWasSealed() {
    String sealed = cipher.seal("+8613812345678", PHONE);
    assertThatThrownBy(
            () -> cipher.open(sealed, SealBinding.of("app_account", "phone_ciphertext", "a-2")))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> cipher.open(sealed, SealBinding.of("app_account", "evidence", "a-1")))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(
            () -> cipher.open(sealed, SealBinding.of("service_order", "phone_ciphertext", "a-1")))
        .isInstanceOf(FieldCipher.TamperedException.class);
    String columnOnly = cipher.seal("x", SealBinding.column("device", "token"));
    assertThat(cipher.open(columnOnly, SealBinding.column("device", "token"))).isEqualTo("x");
    assertThatThrownBy(() -> cipher.open(columnOnly, SealBinding.column("device", "other")))
        .isInstanceOf(FieldCipher.TamperedException.class);
    byte[] content = cipher.sealBytes(new byte[] {1, 2, 3}, PHONE);
    assertThatThrownBy(
            () ->
                cipher.openBytes(content, SealBinding.of("app_account", "phone_ciphertext", "a-2")))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  @DisplayName(
      "DATA-3: values of the first format (key id only as associated data) still open; new ones use the bound format")
  void valuesOfTheFirstFormatStillOpen() throws Exception {
    String legacy = legacySeal("k1", key(7), "+8613812345678");
    assertThat(cipher.open(legacy, PHONE)).isEqualTo("+8613812345678");
    assertThat(cipher.isCurrent(legacy)).isFalse();
    byte[] legacyBytes = legacySealBytes("k1", key(7), new byte[] {9, 8, 7});
    assertThat(cipher.openBytes(legacyBytes, PHONE)).containsExactly(9, 8, 7);
    // a changed byte still fails
    byte[] data = Base64.getDecoder().decode(legacy.substring(3));
    data[data.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.open("k1:" + Base64.getEncoder().encodeToString(data), PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  @DisplayName(
      "DATA-3: after a rotation new values use the new key and the retired key opens the old ones")
  void retiredKeysOpenOlderValues() {
    String old = cipher.seal("before", PHONE);
    FieldCipher rotated = new FieldCipher("k2", Map.of("k2", key(9), "k1", key(7)));
    String fresh = rotated.seal("after", PHONE);
    assertThat(fresh).startsWith("k2$");
    assertThat(rotated.open(old, PHONE)).isEqualTo("before");
    assertThat(rotated.isCurrent(old)).isFalse();
    assertThatThrownBy(() -> cipher.open(fresh, PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class)
        .hasMessageContaining("k2");
  }

  @Test
  void aChangedByteFailsTheTag() {
    String sealed = cipher.seal("+8613812345678", PHONE);
    byte[] data = Base64.getDecoder().decode(sealed.substring(3));
    data[data.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.open("k1$" + Base64.getEncoder().encodeToString(data), PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
    byte[] nonce = Base64.getDecoder().decode(sealed.substring(3));
    nonce[0] ^= 1;
    assertThatThrownBy(() -> cipher.open("k1$" + Base64.getEncoder().encodeToString(nonce), PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  void anotherKeyOrAnotherKeyIdCannotOpen() {
    String sealed = cipher.seal("secret", PHONE);
    assertThatThrownBy(() -> new FieldCipher("k1", key(8)).open(sealed, PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> new FieldCipher("k2", key(7)).open(sealed, PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
    // relabelling the key id breaks the associated data
    assertThatThrownBy(() -> new FieldCipher("k2", key(7)).open("k2" + sealed.substring(2), PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  void malformedValuesAndKeysAreRefused() {
    assertThatThrownBy(() -> cipher.open("k1$not base64!", PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> cipher.open("k1$AAAA", PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> cipher.open("no key here", PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> new FieldCipher("k1", new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldCipher.fromBase64("k1", "short"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            FieldCipher.fromBase64("k1", Base64.getEncoder().encodeToString(key(7)))
                .open(cipher.seal("x", PHONE), PHONE))
        .isEqualTo("x");
  }

  @Test
  void sealedContentOpensToTheBytesAndAChangedByteOrAnotherKeyIsRefused() {
    byte[] content = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 0};
    byte[] sealed = cipher.sealBytes(content, PHONE);
    assertThat(new String(sealed, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("k1$");
    assertThat(cipher.openBytes(sealed, PHONE)).isEqualTo(content);
    assertThat(cipher.sealBytes(content, PHONE)).isNotEqualTo(sealed);
    byte[] tampered = sealed.clone();
    tampered[tampered.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.openBytes(tampered, PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> new FieldCipher("k2", key(7)).openBytes(sealed, PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> cipher.openBytes(new byte[3], PHONE))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  /** The first format, as the earlier FieldCipher wrote it. */
  private static String legacySeal(String keyId, byte[] key, String plaintext) throws Exception {
    return keyId
        + ":"
        + Base64.getEncoder()
            .encodeToString(legacy(keyId, key, plaintext.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] legacySealBytes(String keyId, byte[] key, byte[] plaintext)
      throws Exception {
    byte[] prefix = (keyId + ":").getBytes(StandardCharsets.US_ASCII);
    byte[] body = legacy(keyId, key, plaintext);
    return ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body).array();
  }

  private static byte[] legacy(String keyId, byte[] key, byte[] plaintext) throws Exception {
    byte[] iv = new byte[12];
    iv[3] = 5;
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
    c.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
    byte[] sealed = c.doFinal(plaintext);
    return ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array();
  }
}
