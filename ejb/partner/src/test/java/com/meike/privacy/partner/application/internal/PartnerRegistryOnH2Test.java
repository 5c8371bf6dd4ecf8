package com.meike.privacy.partner.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.partner.application.PartnerView;
import com.meike.privacy.partner.application.ScopeView;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaPartnerRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seeded registry through the real migration and mapping on H2, and staff changing it. */
class PartnerRegistryOnH2Test {

  final PartnerDatabase database = new PartnerDatabase();
  final AuditTrail audit = mock(AuditTrail.class);
  final PurposeCatalogue catalogue = mock(PurposeCatalogue.class);

  @BeforeEach
  void catalogue() {
    when(catalogue.purpose(any()))
        .thenAnswer(
            call -> {
              String code = call.getArgument(0).toString();
              if (code.startsWith("no.")) {
                throw DomainException.notFound("no purpose " + code);
              }
              return PartnerDatabase.purpose(code, "NECESSARY", false);
            });
  }

  @AfterEach
  void close() {
    database.close();
  }

  <T> T inTransaction(Function<DefaultPartnerRegistry, T> work) {
    return database.inTransaction(
        em -> {
          DefaultPartnerRegistry registry = new DefaultPartnerRegistry();
          registry.partners = new JpaPartnerRepository(em);
          registry.catalogue = catalogue;
          registry.auditTrail = audit;
          registry.clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
          return work.apply(registry);
        });
  }

  @Test
  void theEightPartnersOfTheContractAreSeededWithTheirSdkPackages() {
    List<PartnerView> partners = inTransaction(DefaultPartnerRegistry::partners);
    assertThat(partners)
        .extracting(PartnerView::id)
        .containsExactlyInAnyOrder(
            "getui", "huawei-push", "amap", "sms", "email", "wechat-pay", "alipay", "analytics");
    PartnerView getui = inTransaction(r -> r.partner("getui"));
    assertThat(getui.sdkPackage()).isEqualTo("com.igexin");
    assertThat(getui.kind()).isEqualTo("PUSH");
    assertThat(getui.scopes())
        .contains(
            new ScopeView(
                "device.identifiers",
                List.of(
                    "body",
                    "deviceId",
                    "orderNumber",
                    "params",
                    "pushToken",
                    "recipient",
                    "template",
                    "title")));
    assertThat(inTransaction(r -> r.partner("huawei-push")).sdkPackage())
        .isEqualTo("com.huawei.hms");
    assertThat(inTransaction(r -> r.partner("amap")).sdkPackage()).isEqualTo("com.amap.api");
    assertThat(inTransaction(r -> r.partner("analytics")).deIdentified()).isTrue();
  }

  @Test
  void staffSuspendAPartnerAndSetAScopeAudited() {
    inTransaction(r -> r.changeStatus("amap", "SUSPENDED", "privacy.officer"));
    inTransaction(
        r ->
            r.changeScope(
                "amap",
                "device.location",
                List.of("latitude", "longitude", "accuracy"),
                "privacy.officer"));
    PartnerView amap = inTransaction(r -> r.partner("amap"));
    assertThat(amap.status()).isEqualTo("SUSPENDED");
    assertThat(amap.scopes())
        .contains(new ScopeView("device.location", List.of("accuracy", "latitude", "longitude")));
    verify(audit)
        .record(
            eq(
                new AuditEvent(
                    "privacy.officer",
                    "partner.status-changed",
                    "partner",
                    "amap",
                    "status SUSPENDED")));
    verify(audit)
        .record(
            eq(
                new AuditEvent(
                    "privacy.officer",
                    "partner.scope-changed",
                    "partner",
                    "amap",
                    "purpose device.location fields accuracy,latitude,longitude")));
  }

  @Test
  void refusalsNameTheirField() {
    assertThatThrownBy(() -> inTransaction(r -> r.changeStatus("getui", "PAUSED", "po")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("status"));
    assertThatThrownBy(
            () -> inTransaction(r -> r.changeScope("getui", "no.such-purpose", List.of("x"), "po")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("purpose"));
    assertThatThrownBy(
            () ->
                inTransaction(
                    r -> r.changeScope("analytics", "usage.logs", List.of("event", "phone"), "po")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("fields"));
    assertThatThrownBy(() -> inTransaction(r -> r.partner("nobody")))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }
}
