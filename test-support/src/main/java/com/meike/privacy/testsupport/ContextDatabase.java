package com.meike.privacy.testsupport;

import com.meike.privacy.kernel.persistence.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * container.
 */
public final class ContextDatabase implements AutoCloseable {

  private final JdbcDataSource dataSource;
  private final EntityManagerFactory emf;

  private ContextDatabase(List<String> contexts, List<Class<?>> entities) {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    for (String context : contexts) {
      SchemaMigration.migrate(dataSource, context, ContextDatabase.class.getClassLoader());
    }
    Configuration configuration = new Configuration();
    entities.forEach(configuration::addAnnotatedClass);
    configuration.getProperties().put("hibernate.connection.datasource", dataSource);
    configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
    emf = configuration.buildSessionFactory();
  }

  /** One context's migrations and the entities it maps. */
  public static ContextDatabase of(String context, Class<?>... entities) {
    return new ContextDatabase(List.of(context), List.of(entities));
  }

  /**
   * Several contexts' migrations on one database (e.g. a context and the kernel tables it uses).
   */
  public static ContextDatabase of(List<String> contexts, Class<?>... entities) {
    return new ContextDatabase(contexts, List.of(entities));
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

  public DataSource dataSource() {
    return dataSource;
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  @Override
  public void close() {
    emf.close();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
