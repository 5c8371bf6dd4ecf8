package com.meike.privacy.partner.application.internal;

import com.meike.privacy.kernel.crypto.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The partners context's key, from MicroProfile Config with no default (a server without it
 * refuses to send to a de-identified partner rather than use a key from the code): {@value
 * #PSEUDONYM_KEY}, the keyed hash that turns a person's account id into a pseudonym per partner.
 */
@ApplicationScoped
public class PartnerKeys {

  public static final String PSEUDONYM_KEY = "meike.partner.pseudonym-key";

  @Inject Config config;

  private volatile KeyedHash pseudonyms;

  /** For the container. */
  public PartnerKeys() {}

  /** Outside a container (tests, tools). */
  public PartnerKeys(KeyedHash pseudonyms) {
    this.pseudonyms = pseudonyms;
  }

  /**
   * The person's pseudonym for one partner: stable for that partner, different for every other, so
   * two partners cannot join what they received, and none can recover the account id.
   */
  public String pseudonym(String partnerId, String subject) {
    if (pseudonyms == null) {
      pseudonyms =
          KeyedHash.fromSecret(
              config
                  .getOptionalValue(PSEUDONYM_KEY, String.class)
                  .orElseThrow(() -> new IllegalStateException(PSEUDONYM_KEY + " is not configured")));
    }
    return pseudonyms.hash(partnerId + "\u0000" + subject);
  }
}
