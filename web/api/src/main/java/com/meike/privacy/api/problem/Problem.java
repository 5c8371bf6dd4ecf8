package com.meike.privacy.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} lists the fields at fault, if any. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  static final String TYPE_BASE = "https://meike.example/problems/";

  /** One field and what is wrong with it. */
  public record FieldError(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem(TYPE_BASE + slug(title), title, status, detail, List.of());
  }

  public static Problem invalidField(String field, String detail) {
    return new Problem(
        TYPE_BASE + "invalid-input",
        "Invalid input",
        400,
        detail,
        field == null ? List.of() : List.of(new FieldError(field, detail)));
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
