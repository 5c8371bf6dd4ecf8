package com.meike.privacy.consent.domain.catalogue;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.accountPhone;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.camera;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.paymentAccount;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.preciseLocation;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.purpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PurposeTest {

  @Test
  void accepting_the_policy_covers_only_necessary_non_sensitive_purposes() {
    assertThat(accountPhone().coveredByPolicyAcceptance()).isTrue();
    assertThat(accountPhone().needsOwnConsent()).isFalse();

    assertThat(camera().coveredByPolicyAcceptance()).isFalse();
    assertThat(camera().needsOwnConsent()).isTrue();
    assertThat(preciseLocation().needsOwnConsent()).isTrue();
    assertThat(paymentAccount().necessity()).isEqualTo(Necessity.NECESSARY);
    assertThat(paymentAccount().needsOwnConsent()).isTrue();
    assertThat(paymentAccount().coveredByPolicyAcceptance()).isFalse();
  }

  @Test
  void a_purpose_is_in_force_from_its_version_until_the_version_retiring_it() {
    Purpose introducedLater =
        purpose("device.nfc", Necessity.OPTIONAL, false, false, List.of(), "2026-07", null);
    Purpose retiredLater =
        purpose("device.fax", Necessity.OPTIONAL, false, false, List.of(), "2026-01", "2026-07");

    assertThat(camera().inForce(Set.of("2026-01")::contains)).isTrue();
    assertThat(camera().inForce(Set.<String>of()::contains)).isFalse();
    assertThat(introducedLater.inForce(Set.of("2026-01")::contains)).isFalse();
    assertThat(introducedLater.inForce(Set.of("2026-01", "2026-07")::contains)).isTrue();
    assertThat(retiredLater.inForce(Set.of("2026-01")::contains)).isTrue();
    assertThat(retiredLater.inForce(Set.of("2026-01", "2026-07")::contains)).isFalse();
    assertThat(retiredLater.retiredIn()).contains("2026-07");
  }

  @Test
  void a_version_cannot_introduce_and_retire_the_same_purpose() {
    assertThatThrownBy(
            () ->
                purpose(
                    "device.fax",
                    Necessity.OPTIONAL,
                    false,
                    false,
                    List.of(),
                    "2026-01",
                    "2026-01"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partners_are_listed_in_the_contracts_order() {
    Purpose purpose =
        purpose(
            "device.identifiers",
            Necessity.NECESSARY,
            false,
            false,
            List.of(Partner.HUAWEI_PUSH, Partner.GETUI));

    assertThat(purpose.partners()).containsExactly(Partner.GETUI, Partner.HUAWEI_PUSH);
  }

  @Test
  void codes_are_dotted_lower_case_words() {
    assertThat(PurposeCode.of("  location.precise ").value()).isEqualTo("location.precise");
    assertThat(PurposeCode.of("usage.personalised-display").value())
        .isEqualTo("usage.personalised-display");
    assertInvalid(() -> PurposeCode.of((String) null), "purpose");
    assertInvalid(() -> PurposeCode.of("location"), "purpose");
    assertInvalid(() -> PurposeCode.of("Location.Precise"), "purpose");
    assertInvalid(() -> PurposeCode.of("location.precise; drop table"), "purpose");
    assertInvalid(() -> PurposeCode.of("a." + "b".repeat(63)), "purpose");
  }

  @Test
  void the_partners_are_those_of_the_external_contract() {
    assertThat(Partner.ids())
        .containsExactly(
            "getui", "huawei-push", "amap", "sms", "email", "wechat-pay", "alipay", "analytics");
    assertThat(Partner.byId("huawei-push")).isEqualTo(Partner.HUAWEI_PUSH);
    assertInvalid(() -> Partner.byId("facebook"), "partner");
  }
}
