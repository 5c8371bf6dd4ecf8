package com.meike.privacy.partner.application.internal;

import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.RejectedReply;
import com.meike.privacy.partner.domain.registry.Partner;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Function;

/**
 * The partners context's real migrations on a fresh in-memory H2, with Hibernate validating the
 * mappings against them; each unit of work runs in its own transaction, as in the container.
 */
final class PartnerDatabase implements AutoCloseable {

  private final ContextDatabase db = ContextDatabase.of("partner",
      Partner.class, OutboxMessage.class, RejectedReply.class, Disclosure.class,
      com.meike.privacy.partner.domain.deletion.DeletionOrder.class,
      com.meike.privacy.partner.domain.deletion.DeletionRecipient.class);

  final EntityManagerFactory emf = db.emf();

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  /** A catalogue entry as the consent context would answer it. */
  static PurposeView purpose(String code, String necessity, boolean separateConsent) {
    return new PurposeView(code, "INFORMATION_CATEGORY", code, code, "", "", necessity, separateConsent,
        separateConsent, false, false, "", "", "", "2026-01", null, List.of());
  }

  @Override
  public void close() {
    db.close();
  }
}
