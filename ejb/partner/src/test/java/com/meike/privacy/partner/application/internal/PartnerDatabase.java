package com.meike.privacy.partner.application.internal;

import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.RejectedReply;
import com.meike.privacy.partner.domain.registry.Partner;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaDisclosureRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaOutboxRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaPartnerRepository;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The partners context's real migrations on a fresh in-memory H2, with Hibernate validating the
 * mappings against them; each unit of work runs in its own transaction, as in the container.
 */
final class PartnerDatabase implements AutoCloseable {

  private final ContextDatabase db =
      ContextDatabase.of(
          "partner",
          Partner.class,
          OutboxMessage.class,
          RejectedReply.class,
          Disclosure.class,
          com.meike.privacy.partner.domain.deletion.DeletionOrder.class,
          com.meike.privacy.partner.domain.deletion.DeletionRecipient.class);

  final EntityManagerFactory emf = db.emf();

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  /** The first column of a native SQL query as text ({@link ContextDatabase#texts}). */
  List<String> texts(String sql) {
    return db.texts(sql);
  }

  /**
   * The outbound service on {@code em}'s repositories, every sharing assessed, telling no relay.
   */
  @SuppressWarnings("unchecked")
  static DefaultPartnerOutbound outbound(
      EntityManager em,
      ConsentCheck consent,
      PurposeCatalogue catalogue,
      KeyedHash pseudonyms,
      Clock clock) {
    DefaultPartnerOutbound outbound = new DefaultPartnerOutbound();
    outbound.partners = new JpaPartnerRepository(em);
    outbound.outbox = new JpaOutboxRepository(em);
    outbound.disclosures = new JpaDisclosureRepository(em);
    outbound.consent = consent;
    outbound.catalogue = catalogue;
    outbound.assessments = assessedSharing();
    outbound.pseudonyms = pseudonyms;
    outbound.written = org.mockito.Mockito.mock(Event.class);
    outbound.clock = clock;
    return outbound;
  }

  /**
   * The register of impact assessments answering that every sharing but {@code refused} ones is
   * assessed.
   */
  static com.meike.privacy.consent.application.ImpactAssessments assessedSharing(
      String... refused) {
    var assessments =
        org.mockito.Mockito.mock(com.meike.privacy.consent.application.ImpactAssessments.class);
    java.util.Set<String> no = java.util.Set.of(refused);
    org.mockito.Mockito.when(
            assessments.allowingSharing(
                org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.any()))
        .thenAnswer(
            call ->
                no.contains(call.getArgument(0) + "/" + call.getArgument(1))
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                        new com.meike.privacy.consent.application.ImpactAssessments.AssessmentView(
                            "pia-1",
                            "PARTNER_SHARING",
                            "",
                            call.getArgument(1).toString(),
                            call.getArgument(0),
                            null,
                            "ACCEPTABLE",
                            "PIA-1",
                            "",
                            java.time.LocalDate.of(2026, 1, 1),
                            "privacy.officer",
                            "privacy.officer",
                            java.time.Instant.EPOCH,
                            java.time.LocalDate.of(2029, 1, 1),
                            true,
                            null,
                            null,
                            null)));
    return assessments;
  }

  /** A catalogue entry as the consent context would answer it. */
  static PurposeView purpose(String code, String necessity, boolean separateConsent) {
    return new PurposeView(
        code,
        "INFORMATION_CATEGORY",
        code,
        code,
        "",
        "",
        necessity,
        separateConsent,
        separateConsent,
        false,
        false,
        "",
        "",
        "",
        "2026-01",
        null,
        List.of());
  }

  @Override
  public void close() {
    db.close();
  }
}
