package com.meike.privacy.order.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The order context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/order}. A start-up bean that needs these tables declares
 * {@code @DependsOn("OrderSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class OrderSchema extends ContextSchema {
  public OrderSchema() {
    super("order");
  }
}
