package com.meike.privacy.testsupport;

import com.meike.privacy.kernel.persistence.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;

/**
 * A fresh in-memory H2 with the real migrations of one or more contexts (through the kernel's
 * {@link SchemaMigration}, as the server runs them) and Hibernate validating the given entities
 * against that schema; each unit of work runs in its own transaction, as an EJB method does in the
 * container. {@link #migrating} builds one with a lock time-out (tests of row locks between two
 * transactions) or on a database the test made itself (an H2 it migrated step by step from {@link
 * #emptyH2}, or PostgreSQL for the same test on the production database).
 */
public final class ContextDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final EntityManagerFactory emf;

  private ContextDatabase(
      DataSource dataSource, List<String> contexts, List<Class<?>> entities, boolean validate) {
    this.dataSource = dataSource;
    for (String context : contexts) {
      SchemaMigration.migrate(dataSource, context, ContextDatabase.class.getClassLoader());
    }
    Configuration configuration = new Configuration();
    entities.forEach(configuration::addAnnotatedClass);
    configuration.getProperties().put("hibernate.connection.datasource", dataSource);
    configuration.setProperty("hibernate.hbm2ddl.auto", validate ? "validate" : "none");
    emf = configuration.buildSessionFactory();
  }

  /** One context's migrations and the entities it maps. */
  public static ContextDatabase of(String context, Class<?>... entities) {
    return migrating(context).entities(entities).open();
  }

  /**
   * Several contexts' migrations on one database (e.g. a context and the kernel tables it uses).
   */
  public static ContextDatabase of(List<String> contexts, Class<?>... entities) {
    return migrating(contexts.toArray(String[]::new)).entities(entities).open();
  }

  /** A database with these contexts' migrations, configured before {@link Builder#open()}. */
  public static Builder migrating(String... contexts) {
    return new Builder(List.of(contexts));
  }

  /**
   * An empty in-memory H2 of its own, for a test that migrates it itself before {@link Builder#on};
   * {@code lockTimeout} is how long a statement waits for another transaction's row lock before
   * failing (H2's own default is one second), {@code null} for that default.
   */
  public static DataSource emptyH2(Duration lockTimeout) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1"
            + (lockTimeout == null ? "" : ";LOCK_TIMEOUT=" + lockTimeout.toMillis()));
    return h2;
  }

  /** How a {@link ContextDatabase} is made: the entities, a lock time-out, the database. */
  public static final class Builder {
    private final List<String> contexts;
    private final List<Class<?>> entities = new ArrayList<>();
    private Duration lockTimeout;
    private DataSource database;
    private boolean validate = true;

    private Builder(List<String> contexts) {
      this.contexts = contexts;
    }

    /** The entities Hibernate maps and validates against the migrated schema. */
    public Builder entities(Class<?>... more) {
      entities.addAll(List.of(more));
      return this;
    }

    /**
     * How long a statement of the fresh H2 waits for a row lock another transaction holds, for
     * tests where two transactions meet on a row and the second must wait, not fail at once.
     */
    public Builder lockTimeout(Duration timeout) {
      this.lockTimeout = timeout;
      return this;
    }

    /**
     * The database to migrate and map instead of a fresh H2: one the test prepared, e.g. an {@link
     * #emptyH2} at an earlier schema version or a PostgreSQL schema of its own.
     */
    public Builder on(DataSource prepared) {
      this.database = prepared;
      return this;
    }

    /**
     * Maps the entities without Hibernate's validation of the schema: for PostgreSQL, whose {@code
     * char(n)} columns Hibernate reports as another type than the {@code String} it maps (the H2
     * run of the same test validates the mapping).
     */
    public Builder withoutValidation() {
      this.validate = false;
      return this;
    }

    public ContextDatabase open() {
      return new ContextDatabase(
          database != null ? database : emptyH2(lockTimeout),
          contexts,
          List.copyOf(entities),
          validate);
    }
  }

  /** Runs the work in its own transaction; rolls it back when the work throws. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      throw e;
    } finally {
      em.close();
    }
  }

  /** {@link #inTransaction(Function)} for work that returns nothing. */
  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** A single SQL statement outside JPA, e.g. to age a row or to check what a job left. */
  public long count(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One native SQL update in its own transaction, with positional parameters {@code ?1, ?2, …} — to
   * put a row as an earlier release or another context left it, or to age it; how many rows.
   */
  public int execute(String sql, Object... parameters) {
    return inTransaction(
        em -> {
          var query = em.createNativeQuery(sql);
          for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
          }
          return query.executeUpdate();
        });
  }

  /** The first column of a native SQL query as text, in the query's order (what a job left). */
  public List<String> texts(String sql) {
    return inTransaction(
        em ->
            ((List<?>) em.createNativeQuery(sql).getResultList())
                .stream().map(Object::toString).toList());
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  /** Closes Hibernate and shuts an H2 down; a database of another kind stays the test's own. */
  @Override
  public void close() {
    emf.close();
    if (!(dataSource instanceof JdbcDataSource)) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
