package com.meike.privacy.recording.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** REC-1, REC-2: when a session records at arrival, and which reason it names when not. */
class StartRulesTest {

  static final AppVersion MIN = AppVersion.parse("5.0.0", "v");
  final StartRules rules = new StartRules(StartRules.cities(" Shanghai, 杭州 ,,Shanghai"), MIN);

  StartRules.Arrival arrival(
      String city,
      String beautician,
      String customer,
      boolean beauticianConsented,
      CustomerLedger ledger,
      boolean implied) {
    return new StartRules.Arrival(
        city,
        AppVersion.parse(beautician, "v"),
        Optional.ofNullable(customer).map(v -> AppVersion.parse(v, "v")),
        beauticianConsented,
        ledger,
        implied);
  }

  @Test
  void bothConsentedInAnEnabledCityWithNewAppsRecords() {
    StartRules.Outcome outcome =
        rules.decide(arrival("shanghai ", "5.0", "6.1.2", true, CustomerLedger.CONSENTED, false));
    assertThat(outcome.starts()).isTrue();
    assertThat(outcome.customerConsent()).isEqualTo(CustomerConsent.LEDGER);
    assertThat(
            rules
                .decide(arrival("杭州", "5.0", "5.0", true, CustomerLedger.CONSENTED, false))
                .starts())
        .isTrue();
  }

  @Test
  void aCityWithoutRecordingNeverRecords() {
    assertThat(
            rules
                .decide(arrival("Beijing", "9.0", "9.0", true, CustomerLedger.CONSENTED, true))
                .notStarted())
        .contains(NotStartedReason.RECORDING_OFF_IN_CITY);
    assertThat(
            new StartRules(Set.of(), MIN)
                .decide(arrival("Shanghai", "9.0", "9.0", true, CustomerLedger.CONSENTED, false))
                .notStarted())
        .contains(NotStartedReason.RECORDING_OFF_IN_CITY);
  }

  @Test
  void anAppTooOldToAskForConsentMeansNoRecording() {
    assertThat(
            rules
                .decide(arrival("Shanghai", "4.9.9", "6.0", true, CustomerLedger.CONSENTED, false))
                .notStarted())
        .contains(NotStartedReason.BEAUTICIAN_APP_TOO_OLD);
    assertThat(
            rules
                .decide(arrival("Shanghai", "6.0", "4.10", true, CustomerLedger.CONSENTED, false))
                .notStarted())
        .contains(NotStartedReason.CUSTOMER_APP_TOO_OLD);
    assertThat(
            rules
                .decide(arrival("Shanghai", "6.0", null, true, CustomerLedger.CONSENTED, true))
                .notStarted())
        .contains(NotStartedReason.CUSTOMER_APP_UNKNOWN);
  }

  @Test
  void bothPartiesMustConsent() {
    assertThat(
            rules
                .decide(arrival("Shanghai", "6.0", "6.0", false, CustomerLedger.CONSENTED, false))
                .notStarted())
        .contains(NotStartedReason.BEAUTICIAN_NO_CONSENT);
    assertThat(
            rules
                .decide(arrival("Shanghai", "6.0", "6.0", true, CustomerLedger.NONE, false))
                .notStarted())
        .contains(NotStartedReason.CUSTOMER_NO_CONSENT);
  }

  @Test
  void impliedConsentOnSiteStandsInForTheCustomersMissingLedgerConsent() {
    StartRules.Outcome outcome =
        rules.decide(arrival("Shanghai", "6.0", "6.0", true, CustomerLedger.NONE, true));
    assertThat(outcome.starts()).isTrue();
    assertThat(outcome.customerConsent()).isEqualTo(CustomerConsent.IMPLIED);
  }

  @Test
  void impliedConsentOverridesNeitherAWithdrawalNorAMissingGuardianConsent() {
    assertThat(
            rules
                .decide(arrival("Shanghai", "6.0", "6.0", true, CustomerLedger.WITHDRAWN, true))
                .notStarted())
        .contains(NotStartedReason.CUSTOMER_OBJECTED);
    assertThat(
            rules
                .decide(
                    arrival(
                        "Shanghai",
                        "6.0",
                        "6.0",
                        true,
                        CustomerLedger.GUARDIAN_CONSENT_MISSING,
                        true))
                .notStarted())
        .contains(NotStartedReason.CUSTOMER_NO_CONSENT);
  }

  @Test
  @org.junit.jupiter.api.Tag("AUD-3")
  @org.junit.jupiter.api.DisplayName(
      "AUD-3: without an impact assessment in force no recording starts, implied consent or not")
  void impliedConsentDoesNotReplaceAnImpactAssessment() {
    assertThat(
            rules
                .decide(
                    arrival(
                        "Shanghai", "6.0", "6.0", true, CustomerLedger.NO_IMPACT_ASSESSMENT, true))
                .notStarted())
        .contains(NotStartedReason.NO_IMPACT_ASSESSMENT);
  }

  @Test
  void impliedConsentDoesNotReplaceTheBeauticiansOwnConsent() {
    assertThat(
            rules
                .decide(arrival("Shanghai", "6.0", "6.0", false, CustomerLedger.NONE, true))
                .notStarted())
        .contains(NotStartedReason.BEAUTICIAN_NO_CONSENT);
  }
}
