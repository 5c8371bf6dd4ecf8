package com.meike.privacy.consent.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The consent context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/consent}. Its scripts seed the purpose catalogue and the first published
 * policy version. A start-up bean that needs these tables declares
 * {@code @DependsOn("ConsentSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ConsentSchema extends ContextSchema {
  public ConsentSchema() {
    super("consent");
  }
}
