package com.meike.privacy.kernel.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings one context's tables up to date with Flyway. Each context keeps its versioned scripts in
 * {@code db/migration/<context>} and its own history table {@code flyway_history_<context>}, so
 * contexts migrate independently in one shared schema. Because the schema is shared, a context that
 * migrates for the first time finds other contexts' tables: {@code baselineOnMigrate} with baseline
 * version 0 records an empty baseline and then applies all of its own scripts from V1.
 *
 * <p>Called at start-up by each context's schema singleton, outside any JTA transaction (Flyway
 * commits each migration itself). Flyway's own lock on the history table keeps two cluster nodes
 * from migrating the same context at once.
 *
 * <p>On PostgreSQL the scripts of {@code db/migration-postgresql/<context>} run as well (after the
 * portable ones of the same version range): what only PostgreSQL has, such as the privileges the
 * application's user keeps on a context's tables. Their versions must not repeat a portable one.
 *
 * <p>Migrations run on {@link #MIGRATION_DATASOURCE}, the schema owner's connection; the
 * application's own datasource may use a user with fewer rights (see the README, "PostgreSQL").
 *
 * <p>Within one server the contexts migrate one after the other: their schema singletons start in
 * parallel, and on a fresh H2 database the DDL of several contexts at once contends for H2's lock
 * on its system table until one of them passes {@code LOCK_TIMEOUT} and fails the deployment (seen
 * on a loaded machine). The kernel jar sits in the EAR's {@code lib/}, so the lock is shared by
 * every context.
 */
public final class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
  private static final Pattern CONTEXT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final Object ONE_AT_A_TIME = new Object();

  /**
   * JNDI name of the datasource the schema singletons migrate with: non-XA, with the schema owner's
   * credentials (on H2 the same user as the application).
   */
  public static final String MIGRATION_DATASOURCE = "java:jboss/datasources/MeikeMigrationDS";

  private SchemaMigration() {}

  /**
   * Applies the pending migrations of {@code context}.
   *
   * @param ds the datasource of the shared schema
   * @param context the context's name: lower case letters, digits and underscores; it names both
   *     the script location and the history table
   * @param loader the class loader that sees the context's {@code db/migration/<context>} scripts
   *     (in WildFly, the context module's own class loader)
   * @return the number of migrations applied now (0 when the schema was up to date)
   */
  public static int migrate(DataSource ds, String context, ClassLoader loader) {
    Objects.requireNonNull(ds, "ds");
    Objects.requireNonNull(loader, "loader");
    if (context == null || !CONTEXT_NAME.matcher(context).matches()) {
      throw new IllegalArgumentException("context must match " + CONTEXT_NAME.pattern());
    }
    MigrateResult result;
    String[] locations =
        isPostgreSql(ds)
            ? new String[] {
              "classpath:db/migration/" + context, "classpath:db/migration-postgresql/" + context
            }
            : new String[] {"classpath:db/migration/" + context};
    synchronized (ONE_AT_A_TIME) {
      result =
          Flyway.configure(loader)
              .dataSource(ds)
              .locations(locations)
              .table("flyway_history_" + context)
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
    }
    LOG.info(
        () ->
            "Schema of context '"
                + context
                + "': "
                + result.migrationsExecuted
                + " migration(s) applied, now at version "
                + (result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion));
    return result.migrationsExecuted;
  }

  private static boolean isPostgreSql(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
  }
}
