package com.meike.privacy.recording.domain.session;

import java.util.Optional;
import java.util.Set;

/**
 * Whether a session may start recording when the beautician arrives (REC-1, REC-2). Checked in this
 * order, the first failing rule naming the reason:
 *
 * <ol>
 *   <li>recording is switched on for the order's city (names compared ignoring case and blanks);
 *   <li>both apps are at or above the minimum version that can ask for consent — an app too old to
 *       ask, or a customer app that never reported its version, means no recording;
 *   <li>the beautician consented (consent ledger);
 *   <li>the customer consented (ledger), or — when the ledger holds no decision of theirs — the
 *       beautician recorded that the customer was told on site and did not object (implied
 *       consent). A withdrawal is an objection and a child needs the guardian's consent: implied
 *       consent counts for neither.
 * </ol>
 */
public final class StartRules {

  private final Set<String> enabledCities;
  private final AppVersion minimum;

  /**
   * @param enabledCities cities with recording switched on (as configured)
   */
  public StartRules(Set<String> enabledCities, AppVersion minimum) {
    this.enabledCities =
        enabledCities.stream()
            .map(StartRules::normalized)
            .filter(c -> !c.isEmpty())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.minimum = minimum;
  }

  /**
   * What is known at arrival. {@code customerApp} is empty when the customer's app never reported.
   */
  public record Arrival(
      String city,
      AppVersion beauticianApp,
      Optional<AppVersion> customerApp,
      boolean beauticianConsented,
      CustomerLedger customerLedger,
      boolean impliedConsentRecorded) {}

  /** The outcome: a reason not to start, or the basis of the customer's consent. */
  public record Outcome(Optional<NotStartedReason> notStarted, CustomerConsent customerConsent) {

    static Outcome refused(NotStartedReason reason) {
      return new Outcome(Optional.of(reason), null);
    }

    public boolean starts() {
      return notStarted.isEmpty();
    }
  }

  public Outcome decide(Arrival arrival) {
    if (!enabledCities.contains(normalized(arrival.city()))) {
      return Outcome.refused(NotStartedReason.RECORDING_OFF_IN_CITY);
    }
    if (!arrival.beauticianApp().atLeast(minimum)) {
      return Outcome.refused(NotStartedReason.BEAUTICIAN_APP_TOO_OLD);
    }
    if (arrival.customerApp().isEmpty()) {
      return Outcome.refused(NotStartedReason.CUSTOMER_APP_UNKNOWN);
    }
    if (!arrival.customerApp().get().atLeast(minimum)) {
      return Outcome.refused(NotStartedReason.CUSTOMER_APP_TOO_OLD);
    }
    if (!arrival.beauticianConsented()) {
      return Outcome.refused(NotStartedReason.BEAUTICIAN_NO_CONSENT);
    }
    return switch (arrival.customerLedger()) {
      case CONSENTED -> new Outcome(Optional.empty(), CustomerConsent.LEDGER);
      case WITHDRAWN -> Outcome.refused(NotStartedReason.CUSTOMER_OBJECTED);
      case GUARDIAN_CONSENT_MISSING -> Outcome.refused(NotStartedReason.CUSTOMER_NO_CONSENT);
      case NO_IMPACT_ASSESSMENT -> Outcome.refused(NotStartedReason.NO_IMPACT_ASSESSMENT);
      case NONE ->
          arrival.impliedConsentRecorded()
              ? new Outcome(Optional.empty(), CustomerConsent.IMPLIED)
              : Outcome.refused(NotStartedReason.CUSTOMER_NO_CONSENT);
    };
  }

  /** Parses the configured city list: comma-separated, blanks ignored. */
  public static Set<String> cities(String setting) {
    if (setting == null || setting.isBlank()) {
      return Set.of();
    }
    return java.util.Arrays.stream(setting.split(","))
        .map(String::strip)
        .filter(c -> !c.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static String normalized(String city) {
    return city == null ? "" : city.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
