package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.consent.domain.catalogue.CatalogueFixtures;
import com.meike.privacy.consent.domain.catalogue.Necessity;
import com.meike.privacy.consent.domain.catalogue.Partner;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultPurposeCatalogueTest {

  final ConsentServices services =
      new ConsentServices(
          List.of(
              CatalogueFixtures.preciseLocation(),
              CatalogueFixtures.accountPhone(),
              CatalogueFixtures.purpose(
                  "device.nfc", Necessity.OPTIONAL, false, false, List.of(), "2026-07", null)),
          true);

  @Test
  void lists_the_purposes_in_force_by_code() {
    assertThat(services.catalogue.purposes())
        .extracting(PurposeView::code)
        .containsExactly("account.phone", "location.precise");
    assertThat(services.catalogue.allPurposes())
        .extracting(PurposeView::code)
        .containsExactly("account.phone", "device.nfc", "location.precise");
  }

  @Test
  void shows_what_the_api_needs_of_a_purpose() {
    PurposeView location = services.catalogue.purpose(PurposeCode.of("location.precise"));

    assertThat(location.kind()).isEqualTo("INFORMATION_CATEGORY");
    assertThat(location.necessity()).isEqualTo("OPTIONAL");
    assertThat(location.sensitive()).isTrue();
    assertThat(location.separateConsent()).isTrue();
    assertThat(location.partners())
        .as("in the contract's order")
        .containsExactly(Partner.GETUI.id(), Partner.AMAP.id());
    assertThat(location.policyVersion()).isEqualTo("2026-01");
    assertThat(location.retiredIn()).isNull();
    assertThat(services.catalogue.purpose(PurposeCode.of("account.phone")).separateConsent())
        .isFalse();
  }

  @Test
  void unknown_codes_are_not_found_and_malformed_ones_invalid() {
    assertKind(
        () -> services.catalogue.purpose(PurposeCode.of("device.telepathy")), Kind.NOT_FOUND);
    assertInvalid(() -> services.catalogue.purpose(PurposeCode.of("DROP TABLE")), "purpose");
  }
}
