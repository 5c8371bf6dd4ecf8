package com.meike.privacy.api.health;

import com.meike.privacy.bpmn.engine.EngineHealth;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/** Readiness for load balancers and operators; says which part is down, never why in detail. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource {

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  DataSource dataSource;

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connectionFactory;

  @Inject EngineHealth engine;

  /** Overall status and one entry per part. */
  public record Health(String status, Map<String, String> checks) {}

  @GET
  public Response health() {
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put("database", status(this::databaseUsable));
    checks.put("engine", status(engine::usable));
    checks.put("broker", status(this::brokerUsable));
    boolean up = checks.values().stream().allMatch("UP"::equals);
    return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN", checks)).build();
  }

  private boolean databaseUsable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (Exception e) {
      return false;
    }
  }

  /** The broker answers and a partner reply queue exists. */
  private boolean brokerUsable() {
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser = context.createBrowser(context.createQueue("partner.sms.inbound"))) {
      browser.getEnumeration();
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static String status(BooleanSupplier check) {
    try {
      return check.getAsBoolean() ? "UP" : "DOWN";
    } catch (RuntimeException e) {
      return "DOWN";
    }
  }
}
