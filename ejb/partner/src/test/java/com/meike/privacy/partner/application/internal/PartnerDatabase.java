package com.meike.privacy.partner.application.internal;

import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.kernel.persistence.SchemaMigration;
import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.RejectedReply;
import com.meike.privacy.partner.domain.registry.Partner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;

/**
 * The partners context's real migrations on a fresh in-memory H2, with Hibernate validating the
 * mappings against them; each unit of work runs in its own transaction, as in the container.
 */
final class PartnerDatabase implements AutoCloseable {

  final EntityManagerFactory emf;

  PartnerDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigration.migrate(ds, "partner", getClass().getClassLoader());
    Configuration configuration = new Configuration()
            .addAnnotatedClass(Partner.class)
            .addAnnotatedClass(OutboxMessage.class)
            .addAnnotatedClass(RejectedReply.class)
            .addAnnotatedClass(Disclosure.class)
            .addAnnotatedClass(com.meike.privacy.partner.domain.deletion.DeletionOrder.class)
            .addAnnotatedClass(com.meike.privacy.partner.domain.deletion.DeletionRecipient.class);
    configuration.getProperties().put("hibernate.connection.datasource", ds);
    configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
    emf = configuration.buildSessionFactory();
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      throw e;
    } finally {
      em.close();
    }
  }

  /** The register of impact assessments answering that every sharing but {@code refused} ones is assessed. */
  static com.meike.privacy.consent.application.ImpactAssessments assessedSharing(String... refused) {
    var assessments = org.mockito.Mockito.mock(com.meike.privacy.consent.application.ImpactAssessments.class);
    java.util.Set<String> no = java.util.Set.of(refused);
    org.mockito.Mockito.when(assessments.allowingSharing(org.mockito.ArgumentMatchers.anyString(),
            org.mockito.ArgumentMatchers.anyString()))
        .thenAnswer(call -> no.contains(call.getArgument(0) + "/" + call.getArgument(1))
            ? java.util.Optional.empty()
            : java.util.Optional.of(new com.meike.privacy.consent.application.ImpactAssessments.AssessmentView(
                "pia-1", "PARTNER_SHARING", "", call.getArgument(1), call.getArgument(0), null, "ACCEPTABLE",
                "PIA-1", "", java.time.LocalDate.of(2026, 1, 1), "privacy.officer", "privacy.officer",
                java.time.Instant.EPOCH, java.time.LocalDate.of(2029, 1, 1), true, null, null, null)));
    return assessments;
  }

  /** A catalogue entry as the consent context would answer it. */
  static PurposeView purpose(String code, String necessity, boolean separateConsent) {
    return new PurposeView(code, "INFORMATION_CATEGORY", code, code, "", "", necessity, separateConsent,
        separateConsent, false, false, "", "", "", "2026-01", null, List.of());
  }

  @Override
  public void close() {
    emf.close();
  }
}
