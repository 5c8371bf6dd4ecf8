package com.meike.privacy.incidents.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The incidents context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/incidents}. A start-up bean that needs these tables declares
 * {@code @DependsOn("IncidentsSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class IncidentsSchema extends ContextSchema {
  public IncidentsSchema() {
    super("incidents");
  }
}
