package com.meike.privacy.kernel.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/** Produces the key sets contexts declare with {@link Key}, each loaded once from configuration. */
@ApplicationScoped
public class KeySets {

  @Inject Config config;

  private final Map<String, KeySet> loaded = new ConcurrentHashMap<>();

  @Produces
  @Dependent
  @Key
  public FieldCipher cipher(InjectionPoint at) {
    return keySet(at, KeySet.Kind.SEALING).cipher();
  }

  @Produces
  @Dependent
  @Key
  public KeyedHash hash(InjectionPoint at) {
    return keySet(at, KeySet.Kind.HASHING).hash();
  }

  @Produces
  @Dependent
  @Key
  public KeyedHashes macs(InjectionPoint at) {
    return keySet(at, KeySet.Kind.MAC).macs();
  }

  @Produces
  @Dependent
  @Key
  public KeySet keySet(InjectionPoint at) {
    return keySet(at, KeySet.Kind.SEALING);
  }

  private KeySet keySet(InjectionPoint at, KeySet.Kind kind) {
    Key key =
        at.getQualifiers().stream()
            .filter(Key.class::isInstance)
            .map(Key.class::cast)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("a key set is injected with @Key"));
    return loaded.computeIfAbsent(
        key.value(),
        name ->
            KeySet.load(
                name,
                kind,
                key.defaultId(),
                key.optional(),
                property -> config.getOptionalValue(property, String.class)));
  }

  /**
   * The re-sealer of every registered column: each column's key set loaded from configuration here,
   * in the kernel; callers (the re-seal job) see counts only.
   */
  public Resealer resealer() {
    return new Resealer(
        column ->
            loaded
                .computeIfAbsent(
                    column.keySet(),
                    name ->
                        KeySet.load(
                            name,
                            KeySet.Kind.SEALING,
                            column.defaultId(),
                            property -> config.getOptionalValue(property, String.class)))
                .cipher());
  }
}
