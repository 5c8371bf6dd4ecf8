package com.meike.privacy.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * The consent check's second HTTP baseline (issue 11): a JAX-RS resource that answers a constant
 * JSON document of the consent check's shape, {@code GET /benchmark/rs/constant}, on the same HTTP
 * listener — Undertow, the WAR's pass-through authentication mechanism and RESTEasy, and nothing
 * else. The body is a ready string, not an object for JSON-B: in this WAR the JSON-B writer looked
 * its provider up through the module class loader on every request (2026-12-06 22:07 run), which
 * the API's WAR does not, so an object would measure that instead of the floor. What an HTTP
 * exchange costs in this server at least, next to what the check adds. Only in the benchmark EAR.
 */
@ApplicationScoped
@Path("constant")
public class ConstantResource {

  /** The answer, shaped like the check's {@code Decision}. */
  private static final String ANSWER = "{\"allowed\":true,\"reason\":\"CONSTANT\"}";

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String constant() {
    return ANSWER;
  }

  /** The benchmark WAR's JAX-RS application, under {@code /benchmark/rs}. */
  @ApplicationPath("rs")
  public static class Rest extends Application {}
}
