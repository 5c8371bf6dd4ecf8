package com.meike.privacy.notification.application.internal;

import com.meike.privacy.kernel.persistence.SchemaMigration;
import com.meike.privacy.notification.domain.device.Device;
import com.meike.privacy.notification.domain.notice.Notification;
import com.meike.privacy.notification.domain.template.NoticeTemplate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;

/**
 * The notification context's real migrations on a fresh in-memory H2, Hibernate validating the
 * mappings against them; each unit of work in its own transaction.
 */
final class NotificationDatabase implements AutoCloseable {

  final EntityManagerFactory emf;

  NotificationDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigration.migrate(ds, "notification", getClass().getClassLoader());
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Device.class)
        .addAnnotatedClass(NoticeTemplate.class)
        .addAnnotatedClass(Notification.class);
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

  @Override
  public void close() {
    emf.close();
  }
}
