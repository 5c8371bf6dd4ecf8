package com.meike.privacy.kernel.crypto;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Collects every key set the application declares ({@link Key} injection points, in any module) and
 * checks at start that each is configured and well formed: one deployment error names every missing
 * or malformed key, instead of a server error at the first request that needs it.
 */
public class KeySetCheck implements Extension {

  private static final Logger LOG = Logger.getLogger(KeySetCheck.class.getName());

  private final Map<String, KeySet.Declared> declared = new TreeMap<>();

  void collect(@Observes ProcessInjectionPoint<?, ?> event) {
    var at = event.getInjectionPoint();
    at.getQualifiers().stream()
        .filter(Key.class::isInstance)
        .map(Key.class::cast)
        .findFirst()
        .ifPresent(
            key ->
                declared.put(
                    key.value(),
                    new KeySet.Declared(kind(at.getType()), key.defaultId(), key.optional())));
  }

  void check(@Observes AfterDeploymentValidation event) {
    Config config = ConfigProvider.getConfig();
    List<String> problems =
        KeySet.problems(declared, property -> config.getOptionalValue(property, String.class));
    if (!problems.isEmpty()) {
      event.addDeploymentProblem(
          new DeploymentException(
              "keys missing or malformed (see README, Configuration): "
                  + String.join("; ", problems)));
    } else {
      LOG.info(() -> "key sets checked: " + String.join(", ", declared.keySet()));
    }
  }

  private static KeySet.Kind kind(Type type) {
    if (type == KeyedHash.class) {
      return KeySet.Kind.HASHING;
    }
    return type == KeyedHashes.class ? KeySet.Kind.MAC : KeySet.Kind.SEALING;
  }
}
