package com.meike.privacy.partner.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.CrossBorderTransfers;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferDecision;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferView;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.AbroadCount;
import com.meike.privacy.partner.application.OutboundReceipt;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerView;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaDisclosureRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaOutboxRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaPartnerRepository;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DATA-4 on the outbound path, through the real registry migration and mapping on H2: a partner
 * registered abroad receives a person's information only under a registered transfer to its country
 * whose impact assessment is acceptable and to which the person separately consented. The consent
 * context is faked at its port ({@link CrossBorderTransfers}, whose own rules have {@code
 * CrossBorderTransfersOnH2Test}).
 */
class CrossBorderOutboundOnH2Test {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  static final String PURPOSE = "device.identifiers";
  static final String TRANSFER = "xb-1";

  final PartnerDatabase database = new PartnerDatabase();
  final ConsentCheck consent = mock(ConsentCheck.class);
  final PurposeCatalogue catalogue = mock(PurposeCatalogue.class);
  final CrossBorderTransfers transfers = mock(CrossBorderTransfers.class);
  final AuditTrail audit = mock(AuditTrail.class);
  final CrossBorderRefusals refusals = new CrossBorderRefusals();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @BeforeEach
  void wire() {
    refusals.auditTrail = audit;
    when(consent.may(any(), any())).thenReturn(Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
    when(catalogue.purpose(any()))
        .thenAnswer(
            call -> PartnerDatabase.purpose(call.getArgument(0).toString(), "NECESSARY", false));
    when(transfers.transfer(TRANSFER)).thenReturn(transfer("SG", List.of(PURPOSE)));
    when(transfers.transfer("xb-unknown"))
        .thenThrow(DomainException.notFound("no such transfer abroad"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  static TransferView transfer(String country, List<String> categories) {
    return new TransferView(
        TRANSFER,
        "Getui Singapore",
        country,
        "push delivery",
        categories,
        "SCC",
        "ASSESSED",
        "privacy.officer",
        NOW,
        "PIA-2026-01",
        "acceptable",
        "privacy.officer",
        NOW);
  }

  <T> T registry(Function<DefaultPartnerRegistry, T> work) {
    return database.inTransaction(
        em -> {
          DefaultPartnerRegistry registry = new DefaultPartnerRegistry();
          registry.partners = new JpaPartnerRepository(em);
          registry.catalogue = catalogue;
          registry.transfers = transfers;
          registry.auditTrail = audit;
          registry.clock = clock;
          return work.apply(registry);
        });
  }

  @SuppressWarnings("unchecked")
  OutboundReceipt send(String subject) {
    return database.inTransaction(
        em -> {
          DefaultPartnerOutbound outbound = new DefaultPartnerOutbound();
          outbound.partners = new JpaPartnerRepository(em);
          outbound.outbox = new JpaOutboxRepository(em);
          outbound.disclosures = new JpaDisclosureRepository(em);
          outbound.consent = consent;
          outbound.catalogue = catalogue;
          outbound.assessments = PartnerDatabase.assessedSharing();
          outbound.transfers = transfers;
          outbound.crossBorderRefusals = refusals;
          outbound.pseudonyms = new KeyedHash(HexFormat.of().parseHex("11".repeat(32)));
          outbound.written = mock(Event.class);
          outbound.clock = clock;
          return outbound.send(
              new PartnerMessage(
                  "getui",
                  subject,
                  PURPOSE,
                  "push.order-created",
                  1,
                  Map.of("deviceId", "dev-42", "title", "新订单"),
                  true));
        });
  }

  DomainException refusedSending(String subject) {
    return catchThrowableOfType(() -> send(subject), DomainException.class);
  }

  long outboxRows() {
    return database.inTransaction(
        em -> em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult());
  }

  @Test
  @DisplayName(
      "DATA-4: every partner has a country; the seeded ones are in the PRC and receive as before")
  void partnersHaveACountry() {
    assertThat(registry(DefaultPartnerRegistry::partners))
        .extracting(PartnerView::country)
        .containsOnly("CN");
    assertThat(send("u-1").partner()).isEqualTo("getui");
    verify(transfers, never()).check(any(), anyString(), anyString());
  }

  @Test
  @DisplayName(
      "DATA-4: a partner registered abroad without a transfer receives nothing and the refusal is recorded")
  void aPartnerAbroadWithoutATransferIsRefused() {
    PartnerView abroad = registry(r -> r.changeDestination("getui", "sg", null, "privacy.officer"));
    assertThat(abroad.country()).isEqualTo("SG");
    assertThat(abroad.crossBorderTransfer()).isNull();

    DomainException refused = refusedSending("u-1");
    assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
    assertThat(refused.field()).isEqualTo("partner");
    assertThat(refused.getMessage()).contains("NO_IMPACT_ASSESSMENT");
    assertThat(refusedSending(null).kind())
        .as("a message about nobody cannot be consented to")
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(outboxRows()).isZero();
    verify(audit, atLeastOnce())
        .record(argThat((AuditEvent e) -> e.action().equals("partner.crossborder-refused")));
  }

  @Test
  @DisplayName(
      "DATA-4: abroad under an assessed transfer, the person's separate consent decides, message by message")
  void aPartnerAbroadReceivesOnlyWithTheSeparateConsent() {
    registry(r -> r.changeDestination("getui", "SG", TRANSFER, "privacy.officer"));
    when(transfers.check(SubjectId.of("u-1"), TRANSFER, CrossBorderGate.ASKED_BY))
        .thenReturn(new TransferDecision(false, "NO_SEPARATE_CONSENT", null));
    when(transfers.check(SubjectId.of("u-2"), TRANSFER, CrossBorderGate.ASKED_BY))
        .thenReturn(new TransferDecision(true, "ASSESSED_AND_CONSENTED", 7L));

    assertThat(refusedSending("u-1").getMessage()).contains("NO_SEPARATE_CONSENT");
    assertThat(outboxRows()).isZero();
    assertThat(send("u-2").partner()).isEqualTo("getui");
    assertThat(outboxRows()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "DATA-4: a transfer that does not cover the purpose (or goes elsewhere) lets nothing out")
  void theTransferMustCoverThePurposeAndTheCountry() {
    registry(r -> r.changeDestination("getui", "SG", TRANSFER, "privacy.officer"));
    when(transfers.check(any(), eq(TRANSFER), anyString()))
        .thenReturn(new TransferDecision(true, "ASSESSED_AND_CONSENTED", 7L));
    when(transfers.transfer(TRANSFER)).thenReturn(transfer("SG", List.of("location.precise")));
    assertThat(refusedSending("u-2").getMessage()).contains("does not cover purpose " + PURPOSE);

    // the registry refuses a transfer to another country, an unknown one, and a transfer for a PRC
    // partner
    assertThat(
            catchThrowableOfType(
                    () ->
                        registry(
                            r -> r.changeDestination("getui", "US", TRANSFER, "privacy.officer")),
                    DomainException.class)
                .field())
        .isEqualTo("crossBorderTransfer");
    assertThat(
            catchThrowableOfType(
                    () ->
                        registry(
                            r ->
                                r.changeDestination(
                                    "getui", "SG", "xb-unknown", "privacy.officer")),
                    DomainException.class)
                .field())
        .isEqualTo("crossBorderTransfer");
    assertThat(
            catchThrowableOfType(
                    () ->
                        registry(
                            r -> r.changeDestination("getui", "CN", TRANSFER, "privacy.officer")),
                    DomainException.class)
                .field())
        .isEqualTo("crossBorderTransfer");
    assertThat(
            catchThrowableOfType(
                    () ->
                        registry(
                            r -> r.changeDestination("getui", "Mars", null, "privacy.officer")),
                    DomainException.class)
                .field())
        .isEqualTo("country");
    assertThat(outboxRows()).isZero();
  }

  AbroadCount abroad(Clock at) {
    return database.inTransaction(
        em -> {
          DefaultDisclosures disclosures = new DefaultDisclosures();
          disclosures.disclosures = new JpaDisclosureRepository(em);
          disclosures.partners = new JpaPartnerRepository(em);
          disclosures.auditTrail = audit;
          disclosures.catalogue = catalogue;
          disclosures.clock = at;
          return disclosures.peopleAbroadThisYear();
        });
  }

  @Test
  @DisplayName(
      "AUD-4: the people whose data went abroad since 1 January come from the disclosure log, each person once, sensitive apart")
  void peopleAbroadAreCountedFromTheRecords() {
    send("u-1");
    assertThat(abroad(clock))
        .as("a partner in the PRC is not abroad")
        .isEqualTo(new AbroadCount(LocalDate.of(2026, 1, 1), 0, 0));
    registry(r -> r.changeDestination("getui", "SG", TRANSFER, "privacy.officer"));
    when(transfers.check(any(), eq(TRANSFER), anyString()))
        .thenReturn(new TransferDecision(true, "ASSESSED_AND_CONSENTED", 7L));
    when(catalogue.allPurposes())
        .thenReturn(List.of(PartnerDatabase.purpose(PURPOSE, "NECESSARY", false)));

    send("u-2");
    send("u-2");
    send("u-3");

    assertThat(abroad(clock))
        .as("u-1 counts too: the log is read with each partner's country now")
        .isEqualTo(new AbroadCount(LocalDate.of(2026, 1, 1), 3, 0));
    when(catalogue.allPurposes())
        .thenReturn(List.of(PartnerDatabase.purpose(PURPOSE, "SEPARATE", true)));
    assertThat(abroad(clock).sensitivePeople()).isEqualTo(3);
    assertThat(abroad(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC)))
        .as("a new year (China time) starts from zero")
        .isEqualTo(new AbroadCount(LocalDate.of(2027, 1, 1), 0, 0));
  }
}
