package com.meike.privacy.rights.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The rights context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/rights}. A start-up bean that needs these tables declares
 * {@code @DependsOn("RightsSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class RightsSchema extends ContextSchema {
  public RightsSchema() {
    super("rights");
  }
}
