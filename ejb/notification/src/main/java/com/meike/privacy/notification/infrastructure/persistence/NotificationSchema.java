package com.meike.privacy.notification.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The notification context's registration with the kernel's schema migration ({@link
 * ContextSchema}): {@code db/migration/notification}. Its scripts seed the templates. A start-up
 * bean that needs these tables declares {@code @DependsOn("NotificationSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class NotificationSchema extends ContextSchema {
  public NotificationSchema() {
    super("notification");
  }
}
