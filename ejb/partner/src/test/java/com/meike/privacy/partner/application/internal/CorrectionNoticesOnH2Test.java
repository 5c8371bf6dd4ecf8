package com.meike.privacy.partner.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.OutboundReceipt;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaDisclosureRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaOutboxRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaPartnerRepository;
import jakarta.enterprise.event.Event;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A correction reaches the partners that received the old value (DSR-2), through the real outbox,
 * disclosure log and partner scopes on H2.
 */
class CorrectionNoticesOnH2Test {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  final PartnerDatabase database = new PartnerDatabase();
  final ConsentCheck consent = mock(ConsentCheck.class);
  final PurposeCatalogue catalogue = mock(PurposeCatalogue.class);
  final KeyedHash pseudonyms = new KeyedHash(HexFormat.of().parseHex("22".repeat(32)));
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @BeforeEach
  void consentAllowsAndAmapMayHoldTheServiceAddress() {
    when(consent.may(any(), any())).thenReturn(Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
    when(catalogue.purpose(any()))
        .thenAnswer(
            call -> PartnerDatabase.purpose(call.getArgument(0).toString(), "NECESSARY", false));
    scope("amap", "device.location", "latitude,longitude,serviceAddress");
  }

  @AfterEach
  void close() {
    database.close();
  }

  void scope(String partner, String purpose, String fields) {
    database.inTransaction(
        em ->
            em.createNativeQuery(
                    "update partner_scope set fields = ?1 where partner_id = ?2 and purpose_code = ?3")
                .setParameter(1, fields)
                .setParameter(2, partner)
                .setParameter(3, purpose)
                .executeUpdate());
  }

  String disclose(String partner, String subject, String purpose, Map<String, Object> payload) {
    OutboundReceipt receipt =
        database.inTransaction(
            em ->
                PartnerDatabase.outbound(em, consent, catalogue, pseudonyms, clock)
                    .send(
                        new PartnerMessage(
                            partner, subject, purpose, "map.visit", 1, payload, false)));
    return receipt.messageId();
  }

  @SuppressWarnings("unchecked")
  List<String> tell(String subject, String correctionId, Set<String> fields) {
    return database.inTransaction(
        em -> {
          DefaultPartnerCorrectionNotices service = new DefaultPartnerCorrectionNotices();
          service.disclosures = new JpaDisclosureRepository(em);
          service.partners = new JpaPartnerRepository(em);
          service.outbox = new JpaOutboxRepository(em);
          service.writer = new OutboxWriter(new JpaOutboxRepository(em), mock(Event.class));
          service.pseudonyms = pseudonyms;
          service.auditTrail = mock(AuditTrail.class);
          service.clock = clock;
          return service.tellRecipients(SubjectId.of(subject), correctionId, fields, "cs.agent");
        });
  }

  List<OutboxMessage> notices() {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select m from OutboxMessage m where m.type = 'correction.notice'",
                    OutboxMessage.class)
                .getResultList());
  }

  @Test
  @DisplayName(
      "DSR-2: a partner that received the corrected field and whose scope names it is told once, without the new value; others are not")
  void theRecipientOfTheOldValueIsToldOnce() {
    String visit =
        disclose(
            "amap",
            "u-1",
            "device.location",
            Map.of("latitude", 31.2, "serviceAddress", "上海市旧地址1号"));
    disclose("getui", "u-1", "device.identifiers", Map.of("title", "t", "body", "b"));
    disclose("amap", "u-2", "device.location", Map.of("serviceAddress", "北京市某路2号"));

    assertThat(tell("u-1", "req-1", Set.of("serviceAddress"))).containsExactly("amap");

    OutboxMessage notice = notices().get(0);
    assertThat(notices()).hasSize(1);
    assertThat(notice.messageId())
        .isEqualTo(DefaultPartnerCorrectionNotices.messageId("req-1", "amap"));
    assertThat(notice.partnerId()).isEqualTo("amap");
    JsonObject payload =
        Json.createReader(new StringReader(notice.body())).readObject().getJsonObject("payload");
    assertThat(payload.getString("subject")).isEqualTo("u-1");
    assertThat(payload.getJsonArray("fields").getString(0)).isEqualTo("serviceAddress");
    assertThat(payload.getJsonArray("messageIds").getString(0)).isEqualTo(visit);
    assertThat(notice.body()).doesNotContain("上海").doesNotContain("北京");

    // the same correction again (a retried answer) tells nobody a second time
    assertThat(tell("u-1", "req-1", Set.of("serviceAddress"))).isEmpty();
    assertThat(notices()).hasSize(1);
    // a field nobody received reaches nobody
    assertThat(tell("u-1", "req-2", Set.of("contactPhone"))).isEmpty();
    assertThat(notices()).hasSize(1);
  }

  @Test
  @DisplayName(
      "DSR-2: as shipped (partner V7_74), the SMS gateway that sent the order SMS with the service address is told of its correction")
  void theShippedSmsScopeCarriesTheAddressAndItsCorrection() {
    String sms =
        disclose(
            "sms",
            "u-1",
            "communication.order-sms",
            Map.of(
                "template",
                "order-confirmed",
                "phone",
                "+8613700000001",
                "params",
                Map.of("orderNumber", "MK2026030100000001", "serviceAddress", "上海市旧地址1号")));

    assertThat(tell("u-1", "req-sms", Set.of("serviceAddress"))).containsExactly("sms");
    JsonObject payload =
        Json.createReader(new StringReader(notices().get(0).body()))
            .readObject()
            .getJsonObject("payload");
    assertThat(payload.getJsonArray("fields").getString(0)).isEqualTo("params.serviceAddress");
    assertThat(payload.getJsonArray("messageIds").getString(0)).isEqualTo(sms);
    assertThat(tell("u-1", "req-phone", Set.of("contactPhone")))
        .as("the SMS's phone is the login phone, not the order's contact phone")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "DSR-2: a partner whose scope no longer names the field is not told (the scope decides)")
  void theScopeDecides() {
    disclose("amap", "u-1", "device.location", Map.of("serviceAddress", "上海市旧地址1号"));
    scope("amap", "device.location", "latitude,longitude");

    assertThat(tell("u-1", "req-1", Set.of("serviceAddress"))).isEmpty();
    assertThat(notices()).isEmpty();
  }
}
