package com.meike.privacy.audit.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The audit context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/audit}. A start-up bean that needs these tables declares
 * {@code @DependsOn("AuditSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditSchema extends ContextSchema {
  public AuditSchema() {
    super("audit");
  }
}
