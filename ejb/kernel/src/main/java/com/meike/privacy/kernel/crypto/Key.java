package com.meike.privacy.kernel.crypto;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares and injects a key set ({@link KeySet}) of the injecting context:
 * {@code @Inject @Key("meike.order.field-key") FieldCipher fields;} for sealing, a {@link
 * KeyedHash} for look-up hashes, {@link KeyedHashes} for MACs that name their key (ids, retired
 * keys), or the {@link KeySet} itself where a context wraps keys of its own (recordings). A context
 * uses only key sets named {@code meike.<its context>.…} (ArchitectureTest).
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
public @interface Key {

  /** {@code meike.<context>.<name>-key}. */
  @Nonbinding
  String value() default "";

  /** Id of the current key when {@code <value>-id} is not configured: the id stored values name. */
  @Nonbinding
  String defaultId() default "k1";

  /**
   * Whether the application runs without the current key (the feature it serves is then off, e.g.
   * audit checkpoints). Retired keys, when configured, are still checked at start.
   */
  @Nonbinding
  boolean optional() default false;
}
