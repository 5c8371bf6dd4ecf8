package com.meike.privacy.notification.application.internal;

import com.meike.privacy.notification.domain.device.Device;
import com.meike.privacy.notification.domain.notice.Notification;
import com.meike.privacy.notification.domain.template.NoticeTemplate;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/**
 * The notification context's real migrations on a fresh in-memory H2, Hibernate validating the
 * mappings against them; each unit of work in its own transaction.
 */
final class NotificationDatabase implements AutoCloseable {

  private final ContextDatabase db =
      ContextDatabase.of("notification", Device.class, NoticeTemplate.class, Notification.class);

  final EntityManagerFactory emf = db.emf();

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  @Override
  public void close() {
    db.close();
  }
}
