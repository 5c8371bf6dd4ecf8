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
 *       id:base64,…} ({@code id:key,…} for MAC keys): they only open (verify) values made before
 *       it.
 * </ul>
 *
 * Kinds: sealing keys ({@link FieldCipher}, or raw AES keys), look-up hash keys ({@link KeyedHash};
 * one key, no ids: a look-up hash must stay the same), and MAC keys with ids ({@link KeyedHashes}).
 * A set declared {@code optional} may lack its current key.
 *
 * <p>A context declares a key set where it uses it, {@code @Inject @Key("meike.order.field-key")
 * FieldCipher fields;}; every declared set is loaded and checked when the application starts
 * ({@link KeySetCheck}), and one error names every key that is missing or malformed.
 */
public final class KeySet {

  /** What the keys are for. */
  public enum Kind {
    /** AES-256-GCM ({@link FieldCipher}, or raw keys for a context's own wrapping). */
    SEALING,
    /** HMAC-SHA256 look-up hashes ({@link KeyedHash}); one current key, no ids. */
    HASHING,
    /**
     * HMAC-SHA256 MACs that name their key ({@link KeyedHashes}): key ids and retired keys as for
     * sealing; each key hex or at least 32 characters.
     */
    MAC
  }

  private static final Pattern NAME =
      Pattern.compile("meike\\.([a-z][a-z0-9-]*)\\.([a-z][a-z0-9-]*)-key");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  private final String name;
  private final Kind kind;
  private final String currentId;
  private final Map<String, byte[]> keys;
  private final String hashSecret;
  private final Map<String, String> macSecrets;

  private KeySet(
      String name, Kind kind, String currentId, Map<String, byte[]> keys, String hashSecret) {
    this(name, kind, currentId, keys, hashSecret, Map.of());
  }

  private KeySet(
      String name,
      Kind kind,
      String currentId,
      Map<String, byte[]> keys,
      String hashSecret,
      Map<String, String> macSecrets) {
    this.macSecrets = macSecrets;
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
  public static KeySet load(
      String name, Kind kind, String defaultId, Function<String, Optional<String>> config) {
    return load(name, kind, defaultId, false, config);
  }

  /**
   * Loads key set {@code name}; an {@code optional} set without its current key loads without one
   * (its retired keys, if any, are still read and checked).
   *
   * @throws MissingKeyException naming the property that is missing or malformed
   */
  public static KeySet load(
      String name,
      Kind kind,
      String defaultId,
      boolean optional,
      Function<String, Optional<String>> config) {
    var matcher = NAME.matcher(name == null ? "" : name);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "a key set is named meike.<context>.<name>-key, not " + name);
    }
    Optional<String> configured = config.apply(name).filter(v -> !v.isBlank());
    if (kind == Kind.MAC) {
      return loadMac(name, defaultId, configured, config);
    }
    if (configured.isEmpty() && optional) {
      return new KeySet(name, kind, null, Map.of(), null);
    }
    String current =
        configured.orElseThrow(() -> new MissingKeyException(name + " is not configured"));
    if (kind == Kind.HASHING) {
      try {
        KeyedHash.fromSecret(current);
      } catch (IllegalArgumentException e) {
        throw new MissingKeyException(name + ": " + e.getMessage());
      }
      return new KeySet(name, kind, "", Map.of(), current.strip());
    }
    String id =
        config.apply(name + "-id").filter(v -> !v.isBlank()).map(String::strip).orElse(defaultId);
    Map<String, byte[]> keys = new LinkedHashMap<>();
    try {
      keys.put(checkedId(id), decodeAes(id, current));
      String retired = retiredName(name);
      for (Map.Entry<String, String> entry :
          parseRetired(config.apply(retired).orElse(""), retired).entrySet()) {
        if (!entry.getKey().equals(id)) {
          keys.put(checkedId(entry.getKey()), decodeAes(entry.getKey(), entry.getValue()));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new MissingKeyException(name + ": " + e.getMessage());
    }
    return new KeySet(name, kind, id, Map.copyOf(keys), null);
  }

  private static KeySet loadMac(
      String name,
      String defaultId,
      Optional<String> current,
      Function<String, Optional<String>> config) {
    String id =
        config.apply(name + "-id").filter(v -> !v.isBlank()).map(String::strip).orElse(defaultId);
    Map<String, String> secrets = new LinkedHashMap<>();
    try {
      if (current.isPresent()) {
        secrets.put(checkedId(id), checkedMacSecret(id, current.get()));
      }
      String retired = retiredName(name);
      for (Map.Entry<String, String> entry :
          parseRetired(config.apply(retired).orElse(""), retired).entrySet()) {
        if (!secrets.containsKey(entry.getKey())) {
          secrets.put(
              checkedId(entry.getKey()), checkedMacSecret(entry.getKey(), entry.getValue()));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new MissingKeyException(name + ": " + e.getMessage());
    }
    return new KeySet(
        name, Kind.MAC, current.isPresent() ? id : null, Map.of(), null, Map.copyOf(secrets));
  }

  private static String checkedMacSecret(String id, String secret) {
    try {
      KeyedHash.fromSecret(secret);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("key " + id + ": " + e.getMessage(), e);
    }
    return secret.strip();
  }

  /** {@code meike.<context>.retired-<name>-keys} for {@code meike.<context>.<name>-key}. */
  public static String retiredName(String name) {
    var matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "a key set is named meike.<context>.<name>-key, not " + name);
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
  public static List<String> problems(
      Map<String, Declared> declared, Function<String, Optional<String>> config) {
    List<String> problems = new ArrayList<>();
    declared.forEach(
        (keyName, d) -> {
          try {
            load(keyName, d.kind(), d.defaultId(), d.optional(), config);
          } catch (RuntimeException e) {
            problems.add(e.getMessage());
          }
        });
    return problems;
  }

  /** How a context declared a key set. */
  public record Declared(Kind kind, String defaultId, boolean optional) {
    public Declared(Kind kind, String defaultId) {
      this(kind, defaultId, false);
    }
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** Id of the key new values are sealed under; null for an optional set configured without one. */
  public String currentId() {
    return currentId;
  }

  /** Whether the current key is configured (always, unless the set is optional). */
  public boolean isPresent() {
    return currentId != null || kind == Kind.HASHING && hashSecret != null;
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
    if (currentId == null) {
      throw new MissingKeyException(name + " is not configured");
    }
    return new FieldCipher(currentId, keys);
  }

  /** The keyed hash of a hashing key set. */
  public KeyedHash hash() {
    if (kind != Kind.HASHING) {
      throw new IllegalStateException(name + " is not a look-up hash key");
    }
    if (hashSecret == null) {
      throw new MissingKeyException(name + " is not configured");
    }
    return KeyedHash.fromSecret(hashSecret);
  }

  /**
   * The MAC keys of a {@link Kind#MAC} set: the current one (if configured) and retired ones by id.
   */
  public KeyedHashes macs() {
    if (kind != Kind.MAC) {
      throw new IllegalStateException(name + " is not a MAC key");
    }
    Map<String, KeyedHash> ring = new LinkedHashMap<>();
    macSecrets.forEach((id, secret) -> ring.put(id, KeyedHash.fromSecret(secret)));
    return new KeyedHashes(currentId, ring);
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
