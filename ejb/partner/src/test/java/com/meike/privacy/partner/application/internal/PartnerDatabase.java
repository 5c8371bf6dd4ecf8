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
