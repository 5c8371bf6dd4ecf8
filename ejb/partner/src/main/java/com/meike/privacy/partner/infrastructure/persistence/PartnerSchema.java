package com.meike.privacy.partner.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The partner context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/partner}. Its scripts seed the registry. A start-up bean that needs these
 * tables declares {@code @DependsOn("PartnerSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PartnerSchema extends ContextSchema {
  public PartnerSchema() {
    super("partner");
  }
}
