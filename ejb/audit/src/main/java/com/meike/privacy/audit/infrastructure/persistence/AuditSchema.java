package com.meike.privacy.audit.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Brings the audit context's tables up to date at deployment, before any request is served: runs
 * the Flyway migrations in {@code db/migration/audit} (the same files on H2 and PostgreSQL).
 * Bean-managed transactions, because Flyway manages its own. A start-up bean that writes audit
 * entries while starting declares {@code @DependsOn("AuditSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditSchema {

  /** The migration context: folder under {@code db/migration} and Flyway history of this module. */
  static final String CONTEXT = "audit";

  @Resource(lookup = SchemaMigration.MIGRATION_DATASOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    SchemaMigration.migrate(dataSource, CONTEXT, getClass().getClassLoader());
  }
}
