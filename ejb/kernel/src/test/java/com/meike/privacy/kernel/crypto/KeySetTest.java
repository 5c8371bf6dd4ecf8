package com.meike.privacy.kernel.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeySetTest {

  private static final String K7 = Base64.getEncoder().encodeToString(filled(7));
  private static final String K9 = Base64.getEncoder().encodeToString(filled(9));

  private static byte[] filled(int b) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) b);
    return key;
  }

  private static Function<String, Optional<String>> config(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }

  @Test
  void aSealingSetReadsItsKeyIdAndRetiredKeysUnderOneNamingScheme() {
    KeySet set =
        KeySet.load(
            "meike.order.field-key",
            KeySet.Kind.SEALING,
            "k1",
            config(
                Map.of(
                    "meike.order.field-key",
                    K9,
                    "meike.order.field-key-id",
                    "k2",
                    "meike.order.retired-field-keys",
                    "k1:" + K7)));
    assertThat(set.currentId()).isEqualTo("k2");
    assertThat(set.keys()).containsOnlyKeys("k2", "k1");
    SealBinding where = SealBinding.of("service_order", "contact_name", "MK1");
    String old = new FieldCipher("k1", filled(7)).seal("old", where);
    assertThat(set.cipher().open(old, where)).isEqualTo("old");
    assertThat(set.cipher().seal("new", where)).startsWith("k2$");
    assertThat(KeySet.retiredName("meike.recording.master-key"))
        .isEqualTo("meike.recording.retired-master-keys");
    assertThat(KeySet.contextOf("meike.notification.device-key")).isEqualTo("notification");
  }

  @Test
  void theDefaultIdIsTheOneStoredValuesName() {
    KeySet set =
        KeySet.load(
            "meike.lawful.document-key",
            KeySet.Kind.SEALING,
            "d1",
            config(Map.of("meike.lawful.document-key", K7)));
    assertThat(set.currentId()).isEqualTo("d1");
  }

  @Test
  @DisplayName("a missing or malformed key is named in one error listing every problem")
  void oneErrorNamesEveryMissingOrMalformedKey() {
    Map<String, KeySet.Declared> declared = new LinkedHashMap<>();
    declared.put("meike.order.field-key", new KeySet.Declared(KeySet.Kind.SEALING, "k1"));
    declared.put("meike.partner.pseudonym-key", new KeySet.Declared(KeySet.Kind.HASHING, "k1"));
    declared.put("meike.incidents.field-key", new KeySet.Declared(KeySet.Kind.SEALING, "k1"));
    declared.put("meike.lawful.document-key", new KeySet.Declared(KeySet.Kind.SEALING, "d1"));
    var problems =
        KeySet.problems(
            declared,
            config(
                Map.of(
                    "meike.incidents.field-key", "not base64 of 32 bytes",
                    "meike.lawful.document-key", K7,
                    "meike.lawful.retired-document-keys", "d0")));
    assertThat(problems)
        .containsExactly(
            "meike.order.field-key is not configured",
            "meike.partner.pseudonym-key is not configured",
            "meike.incidents.field-key: key k1 must be Base64 of 32 bytes",
            "meike.lawful.document-key: meike.lawful.retired-document-keys is written id:base64-key,…");
    assertThat(
            KeySet.problems(
                Map.of("meike.order.field-key", new KeySet.Declared(KeySet.Kind.SEALING, "k1")),
                config(Map.of("meike.order.field-key", K7))))
        .isEmpty();
  }

  @Test
  void aHashingSetGivesTheKeyedHash() {
    KeySet set =
        KeySet.load(
            "meike.partner.pseudonym-key",
            KeySet.Kind.HASHING,
            "k1",
            config(Map.of("meike.partner.pseudonym-key", "ab".repeat(32))));
    assertThat(set.hash().hash("x")).isEqualTo(KeyedHash.fromSecret("ab".repeat(32)).hash("x"));
    assertThatThrownBy(
            () ->
                KeySet.load(
                    "meike.partner.pseudonym-key",
                    KeySet.Kind.HASHING,
                    "k1",
                    config(Map.of("meike.partner.pseudonym-key", "short"))))
        .isInstanceOf(KeySet.MissingKeyException.class)
        .hasMessageStartingWith("meike.partner.pseudonym-key");
    assertThatThrownBy(
            () -> KeySet.load("order.field", KeySet.Kind.SEALING, "k1", config(Map.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "DATA-3: a MAC key set has key ids and retired keys; an optional one may lack its current key")
  void aMacSetHasIdsAndRetiredKeysAndMayBeOptional() {
    String c1 = "ab".repeat(32);
    String c2 = "x".repeat(40);
    KeyedHashes rotated =
        KeySet.load(
                "meike.audit.checkpoint-key",
                KeySet.Kind.MAC,
                "c1",
                true,
                config(
                    Map.of(
                        "meike.audit.checkpoint-key",
                        c2,
                        "meike.audit.checkpoint-key-id",
                        "c2",
                        "meike.audit.retired-checkpoint-keys",
                        "c1:" + c1)))
            .macs();
    assertThat(rotated.canSign()).isTrue();
    assertThat(rotated.currentId()).contains("c2");
    assertThat(rotated.current().orElseThrow().hash("x"))
        .isEqualTo(KeyedHash.fromSecret(c2).hash("x"));
    assertThat(rotated.byId("c1").hash("x")).isEqualTo(KeyedHash.fromSecret(c1).hash("x"));
    assertThat(rotated.byId("c0")).isNull();

    KeyedHashes none =
        KeySet.load("meike.audit.checkpoint-key", KeySet.Kind.MAC, "c1", true, config(Map.of()))
            .macs();
    assertThat(none.canSign()).isFalse();
    assertThat(none.current()).isEmpty();

    Map<String, KeySet.Declared> declared = new LinkedHashMap<>();
    declared.put("meike.audit.checkpoint-key", new KeySet.Declared(KeySet.Kind.MAC, "c1", true));
    declared.put("meike.order.field-key", new KeySet.Declared(KeySet.Kind.SEALING, "k1", true));
    assertThat(KeySet.problems(declared, config(Map.of()))).isEmpty();
    assertThat(
            KeySet.problems(
                declared,
                config(
                    Map.of(
                        "meike.audit.retired-checkpoint-keys", "c0:short",
                        "meike.order.field-key", "not base64"))))
        .containsExactly(
            "meike.audit.checkpoint-key: key c0: a keyed hash needs a key of at least 32 bytes",
            "meike.order.field-key: key k1 must be Base64 of 32 bytes");
    assertThat(
            KeySet.load("meike.order.field-key", KeySet.Kind.SEALING, "k1", true, config(Map.of()))
                .isPresent())
        .isFalse();
  }
}
