package com.meike.privacy.identity.infrastructure.persistence;

import com.meike.privacy.identity.application.internal.DemoDirectorySeeder;
import com.meike.privacy.kernel.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the identity context's tables up to date at deployment, before any request is served: runs
 * the Flyway migrations in {@code db/migration/identity} (the same files on H2 and PostgreSQL).
 * Then, only in the demo configuration ({@code meike.demo.enabled=true}, default false), adds the
 * demo staff directory where it is missing, in its own container-managed transaction ({@link
 * DemoDirectorySeeder}). Bean-managed transactions here, because Flyway manages its own. A start-up
 * bean that needs the directory declares {@code @DependsOn("IdentitySchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class IdentitySchema {

  /** The migration context: folder under {@code db/migration} and Flyway history of this module. */
  static final String CONTEXT = "identity";

  private static final Logger LOG = Logger.getLogger(IdentitySchema.class.getName());

  @Resource(lookup = SchemaMigration.MIGRATION_DATASOURCE)
  private DataSource dataSource;

  @Inject private DemoDirectorySeeder demoDirectorySeeder;

  @Inject
  @ConfigProperty(name = "meike.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  @PostConstruct
  void migrate() {
    SchemaMigration.migrate(dataSource, CONTEXT, getClass().getClassLoader());
    if (demoEnabled) {
      DemoDirectorySeeder.Seeded seeded = demoDirectorySeeder.seedMissing();
      LOG.info(
          () ->
              "Demo staff directory: "
                  + seeded.departments()
                  + " department(s) and "
                  + seeded.staff()
                  + " staff member(s) added");
    }
  }
}
