package com.meike.privacy.lawful.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The lawful context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/lawful}. A start-up bean that needs these tables declares
 * {@code @DependsOn("LawfulSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class LawfulSchema extends ContextSchema {
  public LawfulSchema() {
    super("lawful");
  }
}
