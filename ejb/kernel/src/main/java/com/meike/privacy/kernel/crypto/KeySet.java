package com.meike.privacy.kernel.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A named set of keys for one purpose of one context, read from configuration (MicroProfile Config;
 * never from code) under one naming scheme:
 *
 * <ul>
 *   <li>{@code meike.<context>.<name>-key} — the current key (required). A sealing key is Base64 of
 *       32 bytes ({@code openssl rand -base64 32}); a hashing key is hex ({@code openssl rand -hex
 *       32}) or at least 32 characters.
 *   <li>{@code meike.<context>.<name>-key-id} — the id sealed values name (default per key set, the
 *       id values already stored name).
 *   <li>{@code meike.<context>.retired-<name>-keys} — keys replaced by a rotation, {@code
 *       id:base64,…}: they only open values sealed before it.
 * </ul>
 *
 * A context declares a key set where it uses it, {@code @Inject @Key("meike.order.field-key")
 * FieldCipher fields;}; every declared set is loaded and checked when the application starts
 * ({@link KeySetCheck}), and one error names every key that is missing or malformed.
 */
public final class KeySet {

  /** What the keys are for. */
  public enum Kind {
    /** AES-256-GCM ({@link FieldCipher}, or raw keys for a context's own wrapping). */
    SEALING,
    /** HMAC-SHA256 look-up hashes ({@link KeyedHash}); one current key, no ids. */
    HASHING
  }

  private static final Pattern NAME = Pattern.compile("meike\\.([a-z][a-z0-9-]*)\\.([a-z][a-z0-9-]*)-key");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  private final String name;
  private final Kind kind;
  private final String currentId;
  private final Map<String, byte[]> keys;
  private final String hashSecret;

  private KeySet(String name, Kind kind, String currentId, Map<String, byte[]> keys, String hashSecret) {
    this.name = name;
    this.kind = kind;
    this.currentId = currentId;
    this.keys = keys;
    this.hashSecret = hashSecret;
  }

  /**
   * Loads key set {@code name} from {@code config} (a look-up by property name).
   *
   * @throws MissingKeyException naming the property that is missing or malformed
   */
  public static KeySet load(String name, Kind kind, String defaultId, Function<String, Optional<String>> config) {
    var matcher = NAME.matcher(name == null ? "" : name);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("a key set is named meike.<context>.<name>-key, not " + name);
    }
    String current = config.apply(name).filter(v -> !v.isBlank())
        .orElseThrow(() -> new MissingKeyException(name + " is not configured"));
    if (kind == Kind.HASHING) {
      try {
        KeyedHash.fromSecret(current);
      } catch (IllegalArgumentException e) {
        throw new MissingKeyException(name + ": " + e.getMessage());
      }
      return new KeySet(name, kind, "", Map.of(), current.strip());
    }
    String id = config.apply(name + "-id").filter(v -> !v.isBlank()).map(String::strip).orElse(defaultId);
    Map<String, byte[]> keys = new LinkedHashMap<>();
    try {
      keys.put(checkedId(id), decodeAes(id, current));
      String retired = retiredName(name);
      for (Map.Entry<String, String> entry : parseRetired(config.apply(retired).orElse(""), retired).entrySet()) {
        if (!entry.getKey().equals(id)) {
          keys.put(checkedId(entry.getKey()), decodeAes(entry.getKey(), entry.getValue()));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new MissingKeyException(name + ": " + e.getMessage());
    }
    return new KeySet(name, kind, id, Map.copyOf(keys), null);
  }

  /** {@code meike.<context>.retired-<name>-keys} for {@code meike.<context>.<name>-key}. */
  public static String retiredName(String name) {
    var matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("a key set is named meike.<context>.<name>-key, not " + name);
    }
    return "meike." + matcher.group(1) + ".retired-" + matcher.group(2) + "-keys";
  }

  /** The context a key set belongs to: {@code order} for {@code meike.order.field-key}. */
  public static String contextOf(String name) {
    var matcher = NAME.matcher(name);
    return matcher.matches() ? matcher.group(1) : "";
  }

  /**
   * Checks every declared key set; an empty list when all load.
   *
   * @param declared key set name → kind and default id
   */
  public static List<String> problems(Map<String, Declared> declared, Function<String, Optional<String>> config) {
    List<String> problems = new ArrayList<>();
    declared.forEach((keyName, d) -> {
      try {
        load(keyName, d.kind(), d.defaultId(), config);
      } catch (RuntimeException e) {
        problems.add(e.getMessage());
      }
    });
    return problems;
  }

  /** How a context declared a key set. */
  public record Declared(Kind kind, String defaultId) {}

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** Id of the key new values are sealed under. */
  public String currentId() {
    return currentId;
  }

  /** Every sealing key by id, the current one first (copies). */
  public Map<String, byte[]> keys() {
    Map<String, byte[]> copy = new LinkedHashMap<>();
    keys.forEach((id, key) -> copy.put(id, key.clone()));
    return copy;
  }

  /** The field cipher of a sealing key set. */
  public FieldCipher cipher() {
    if (kind != Kind.SEALING) {
      throw new IllegalStateException(name + " is a hashing key");
    }
    return new FieldCipher(currentId, keys);
  }

  /** The keyed hash of a hashing key set. */
  public KeyedHash hash() {
    if (kind != Kind.HASHING) {
      throw new IllegalStateException(name + " is a sealing key");
    }
    return KeyedHash.fromSecret(hashSecret);
  }

  static String checkedId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a key id is 1 to 32 letters, digits, '.', '_' or '-'");
    }
    return id;
  }

  static byte[] decodeAes(String id, String base64) {
    if (base64 == null) {
      throw new IllegalArgumentException("key " + id + " is missing");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("key " + id + " must be Base64 of 32 bytes", e);
    }
    if (key.length != Aead.KEY_BYTES) {
      throw new IllegalArgumentException("key " + id + " must be Base64 of 32 bytes");
    }
    return key;
  }

  /** Parses {@code id:base64,id:base64} (blank = none). */
  static Map<String, String> parseRetired(String setting, String property) {
    Map<String, String> retired = new LinkedHashMap<>();
    if (setting == null || setting.isBlank()) {
      return retired;
    }
    for (String entry : setting.split(",")) {
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(property + " is written id:base64-key,…");
      }
      retired.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
    }
    return retired;
  }

  /** A declared key that is not configured, or not in its format. */
  public static final class MissingKeyException extends IllegalStateException {
    public MissingKeyException(String message) {
      super(message);
    }
  }
}
