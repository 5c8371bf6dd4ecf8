package com.meike.privacy.rights.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Brings the rights context's tables up to date at deployment, before any request is served:
 * runs the Flyway migrations in {@code db/migration/rights} (the same files on H2 and
 * PostgreSQL). Bean-managed transactions, because Flyway manages its own. A start-up bean that
 * needs these tables declares {@code @DependsOn("RightsSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class RightsSchema {

  /** The migration context: folder under {@code db/migration} and Flyway history of this module. */
  static final String CONTEXT = "rights";

  @Resource(lookup = SchemaMigration.MIGRATION_DATASOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    SchemaMigration.migrate(dataSource, CONTEXT, getClass().getClassLoader());
  }
}
