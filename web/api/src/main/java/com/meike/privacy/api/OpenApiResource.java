package com.meike.privacy.api;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import java.io.InputStream;

/**
 * The API document, public: the WAR's /openapi.yaml (RESTEasy owns /*, so it is served from here).
 */
@Path("openapi.yaml")
@PermitAll
public class OpenApiResource {

  @Context ServletContext servletContext;

  @GET
  @Produces("application/yaml")
  public InputStream document() {
    InputStream document = servletContext.getResourceAsStream("/openapi.yaml");
    if (document == null) {
      throw new NotFoundException();
    }
    return document;
  }
}
