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
 * of the consent check's shape, {@code GET /benchmark/rs/constant}, on the same HTTP listener —
 * Undertow, the WAR's permissive authentication mechanism, RESTEasy and JSON-B, and nothing else.
 * What an HTTP exchange costs in this server at least, next to what the check adds. Only in the
 * benchmark EAR.
 */
@ApplicationScoped
@Path("constant")
public class ConstantResource {

  /** The answer, shaped like the check's {@code Decision}. */
  public record Constant(boolean allowed, String reason) {}

  private static final Constant ANSWER = new Constant(true, "CONSTANT");

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Constant constant() {
    return ANSWER;
  }

  /** The benchmark WAR's JAX-RS application, under {@code /benchmark/rs}. */
  @ApplicationPath("rs")
  public static class Rest extends Application {}
}
