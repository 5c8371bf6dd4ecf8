package com.meike.privacy.kernel.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import javax.sql.DataSource;

/**
 * The one way a bounded context gets its tables: at deployment, before any request is served, its
 * schema bean runs the Flyway scripts of {@code db/migration/<context>} (and, on PostgreSQL, of
 * {@code db/migration-postgresql/<context>}) through {@link SchemaMigration}, on the schema owner's
 * {@link SchemaMigration#MIGRATION_DATASOURCE}, one context at a time.
 *
 * <p>A context registers with one declaration in its {@code infrastructure.persistence} package:
 *
 * <pre>{@code
 * @Startup @Singleton @TransactionManagement(TransactionManagementType.BEAN)
 * public class BreachSchema extends ContextSchema { public BreachSchema() { super("breach"); } }
 * }</pre>
 *
 * The EJB annotations stay on the subclass because the container reads them from the bean class;
 * bean-managed transactions because Flyway commits each migration itself. The bean's name ({@code
 * BreachSchema}) is what a start-up bean that needs the context's tables names in
 * {@code @DependsOn}. The context name names the script folder and the history table {@code
 * flyway_history_<context>}, so it must never change for an existing context.
 */
public abstract class ContextSchema {

  private final String context;

  @Resource(lookup = SchemaMigration.MIGRATION_DATASOURCE)
  private DataSource dataSource;

  /**
   * @param context the context's migration name (see {@link SchemaMigration#migrate})
   */
  protected ContextSchema(String context) {
    this.context = context;
  }

  /** Runs first among the bean's {@code @PostConstruct} methods (superclass callbacks go first). */
  @PostConstruct
  protected void migrateContextSchema() {
    SchemaMigration.migrate(dataSource, context, getClass().getClassLoader());
  }

  /** The context's migration name. */
  public String context() {
    return context;
  }
}
