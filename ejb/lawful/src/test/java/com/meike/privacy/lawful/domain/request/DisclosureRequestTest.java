package com.meike.privacy.lawful.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.kernel.problem.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of a disclosure request: registration, screening (DISC-1a, DISC-2), review, handover.
 */
class DisclosureRequestTest {

  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  static DisclosureRequest.Facts facts(
      String authority,
      List<String> scope,
      String order,
      boolean publicDisclosure,
      boolean compulsory,
      String approvalRef,
      String approvalDate) {
    return new DisclosureRequest.Facts(
        "u-123",
        authority,
        "Shanghai PSB Xuhui branch",
        "INVESTIGATION_LETTER",
        "沪公(徐)调字[2026]0815号",
        "上海市公安局徐汇分局",
        "2026-11-20",
        scope,
        order,
        publicDisclosure,
        compulsory,
        approvalRef,
        approvalDate);
  }

  static DisclosureRequest domestic() {
    return DisclosureRequest.register(
        facts(
            "PUBLIC_SECURITY", List.of("account.network-identity"), null, false, false, null, null),
        "privacy.officer",
        NOW);
  }

  static DomainException refusal(Runnable call) {
    DomainException thrown = catchThrowableOfType(DomainException.class, call::run);
    assertThat(thrown).as("expected a DomainException").isNotNull();
    return thrown;
  }

  @Test
  void a_domestic_request_waits_for_legal_after_screening() {
    DisclosureRequest request = domestic();
    assertThat(request.state()).isEqualTo(DisclosureState.SCREENING);

    request.screen(NOW);

    assertThat(request.state()).isEqualTo(DisclosureState.AWAITING_REVIEW);
    assertThat(request.decidedBy()).isEmpty();
  }

  @Test
  void a_foreign_request_without_prc_approval_is_refused_by_screening() {
    DisclosureRequest request =
        DisclosureRequest.register(
            facts(
                "FOREIGN_AUTHORITY",
                List.of("account.network-identity"),
                null,
                false,
                false,
                null,
                null),
            "legal.counsel",
            NOW);

    request.screen(NOW);

    assertThat(request.state()).isEqualTo(DisclosureState.REFUSED);
    assertThat(request.decidedBy()).contains("system");
    assertThat(request.decisionReason().orElseThrow()).contains("DISC-1a");
  }

  @Test
  void a_foreign_request_with_prc_approval_goes_to_review() {
    DisclosureRequest request =
        DisclosureRequest.register(
            facts(
                "FOREIGN_AUTHORITY",
                List.of("account.network-identity"),
                null,
                false,
                false,
                "司法部司法协助批复[2026]12号",
                "2026-11-25"),
            "legal.counsel",
            NOW);

    request.screen(NOW);

    assertThat(request.hasForeignApproval()).isTrue();
    assertThat(request.state()).isEqualTo(DisclosureState.AWAITING_REVIEW);
  }

  @Test
  void public_disclosure_needs_a_compulsory_order() {
    DisclosureRequest without =
        DisclosureRequest.register(
            facts("COURT", List.of("account.network-identity"), null, true, false, null, null),
            "legal.counsel",
            NOW);
    DisclosureRequest with =
        DisclosureRequest.register(
            facts("COURT", List.of("account.network-identity"), null, true, true, null, null),
            "legal.counsel",
            NOW);

    without.screen(NOW);
    with.screen(NOW);

    assertThat(without.state()).isEqualTo(DisclosureState.REFUSED);
    assertThat(without.decisionReason().orElseThrow()).contains("DISC-2");
    assertThat(with.state()).isEqualTo(DisclosureState.AWAITING_REVIEW);
  }

  @Test
  void a_prc_approval_is_recorded_only_for_foreign_requests_and_needs_reference_and_date() {
    assertThat(
            refusal(
                    () ->
                        DisclosureRequest.register(
                            facts(
                                "COURT",
                                List.of("account.network-identity"),
                                null,
                                false,
                                false,
                                "ref",
                                "2026-11-01"),
                            "legal.counsel",
                            NOW))
                .field())
        .isEqualTo("foreignApprovalReference");
    assertThat(
            refusal(
                    () ->
                        DisclosureRequest.register(
                            facts(
                                "FOREIGN_AUTHORITY",
                                List.of("account.network-identity"),
                                null,
                                false,
                                false,
                                "ref",
                                null),
                            "legal.counsel",
                            NOW))
                .field())
        .isEqualTo("foreignApprovalDate");
  }

  @Test
  void recordings_are_requested_per_order_only() {
    assertThat(
            refusal(
                    () ->
                        DisclosureRequest.register(
                            facts(
                                "COURT",
                                List.of("service.recording"),
                                null,
                                false,
                                false,
                                null,
                                null),
                            "legal.counsel",
                            NOW))
                .field())
        .isEqualTo("recordingOrderNumber");
    assertThat(
            refusal(
                    () ->
                        DisclosureRequest.register(
                            facts(
                                "COURT",
                                List.of("account.network-identity"),
                                "MK2026112900000001",
                                false,
                                false,
                                null,
                                null),
                            "legal.counsel",
                            NOW))
                .field())
        .isEqualTo("recordingOrderNumber");
    DisclosureRequest request =
        DisclosureRequest.register(
            facts(
                "COURT",
                List.of("service.recording"),
                "MK2026112900000001",
                false,
                false,
                null,
                null),
            "legal.counsel",
            NOW);
    assertThat(request.recordingOrderNumber()).contains("MK2026112900000001");
  }

  @Test
  void bad_facts_name_their_field() {
    assertThat(
            refusal(
                    () ->
                        DisclosureRequest.register(
                            facts(
                                "POLICE",
                                List.of("account.network-identity"),
                                null,
                                false,
                                false,
                                null,
                                null),
                            "legal.counsel",
                            NOW))
                .field())
        .isEqualTo("authorityKind");
    assertThat(
            refusal(
                    () ->
                        DisclosureRequest.register(
                            facts("COURT", List.of(), null, false, false, null, null),
                            "legal.counsel",
                            NOW))
                .field())
        .isEqualTo("scope");
    DisclosureRequest.Facts future =
        new DisclosureRequest.Facts(
            "u-1",
            "COURT",
            "a",
            "SUBPOENA",
            "n",
            "b",
            "2027-01-01",
            List.of("account.network-identity"),
            null,
            false,
            false,
            null,
            null);
    assertThat(refusal(() -> DisclosureRequest.register(future, "legal.counsel", NOW)).field())
        .isEqualTo("documentDate");
  }

  @Test
  void legal_decides_once_with_a_reason() {
    DisclosureRequest request = domestic();
    request.screen(NOW);
    assertThat(refusal(() -> request.decide(true, " ", "legal.counsel", NOW)).field())
        .isEqualTo("reason");

    request.decide(
        true, "Investigation letter checked against the issuing branch", "legal.counsel", NOW);

    assertThat(request.state()).isEqualTo(DisclosureState.APPROVED);
    assertThat(request.decidedBy()).contains("legal.counsel");
    assertThat(refusal(() -> request.decide(false, "again", "legal.counsel", NOW)).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
  }

  @Test
  @DisplayName(
      "DISC-1: whoever registered the request cannot decide it; a second member of legal does")
  void the_registrar_cannot_decide_the_request() {
    DisclosureRequest request =
        DisclosureRequest.register(
            facts(
                "PUBLIC_SECURITY",
                List.of("account.network-identity"),
                null,
                false,
                false,
                null,
                null),
            "legal.counsel",
            NOW);
    request.screen(NOW);

    DomainException refused =
        refusal(() -> request.decide(true, "I checked my own request", " legal.counsel ", NOW));

    assertThat(refused.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    assertThat(refused.getMessage()).contains("another member of legal");
    assertThat(request.state()).isEqualTo(DisclosureState.AWAITING_REVIEW);
    request.decide(true, "Letter checked with the issuing branch", "legal.associate", NOW);
    assertThat(request.decidedBy()).contains("legal.associate");
  }

  @Test
  void the_key_is_handed_over_once_and_only_after_packaging() {
    DisclosureRequest request = domestic();
    request.screen(NOW);
    request.decide(true, "checked", "legal.counsel", NOW);
    assertThat(refusal(() -> request.keyHandedOver("legal.counsel", NOW)).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
    request.packaged(NOW);

    request.keyHandedOver("legal.counsel", NOW);

    assertThat(request.keyHandedOverTo()).contains("legal.counsel");
    assertThat(refusal(() -> request.keyHandedOver("legal.counsel", NOW)).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
  }

  @Test
  void a_package_opens_only_with_its_key() {
    byte[] key = PackageCipher.newKey();
    byte[] sealed = PackageCipher.encrypt(key, "{\"a\":1}".getBytes());

    assertThat(new String(PackageCipher.decrypt(key, sealed))).isEqualTo("{\"a\":1}");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> PackageCipher.decrypt(PackageCipher.newKey(), sealed)))
        .isNotNull();
  }
}
