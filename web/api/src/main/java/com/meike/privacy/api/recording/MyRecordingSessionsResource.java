package com.meike.privacy.api.recording;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.problem.Problem;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.Arrival;
import com.meike.privacy.recording.application.ArrivalRequest;
import com.meike.privacy.recording.application.ChunkReceipt;
import com.meike.privacy.recording.application.RecordingSessions;
import com.meike.privacy.recording.application.SessionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The beautician app's recording sessions (REC-1, REC-2, REC-3, REC-10): report arrival, upload
 * audio in numbered chunks (resumable), finish, or report a failure. Bearer tokens of app role
 * BEAUTICIAN only; a session of another beautician is not found. Nothing here returns audio or a
 * key (REC-4).
 *
 * <p>Chunks are {@code PUT} as raw bytes with {@code Content-Type: audio/*} or {@code
 * application/octet-stream}; every chunk but the last is a whole multiple of the session's {@code
 * segmentSize}; the body is held in memory only up to {@code maxChunkBytes} (larger: 413).
 */
@Path("me/recording-sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyRecordingSessionsResource {

  static final List<String> ARRIVAL = List.of("orderNumber", "appVersion", "impliedConsentToldAt");

  @Inject RecordingSessions sessions;
  @Context SecurityContext security;
  @Context UriInfo uri;

  /**
   * The beautician arrived at the service address: a session that records, or NOT_STARTED with the
   * reason (201). While the order's session records, arriving again answers it (200).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response arrive(JsonObject json) {
    String beautician = beautician();
    RequestBody body = RequestBody.of(json, ARRIVAL);
    Arrival arrival =
        sessions.arrive(
            new ArrivalRequest(
                body.text("orderNumber"),
                body.text("appVersion"),
                instant(body.text("impliedConsentToldAt"))),
            beautician);
    SessionView session = arrival.session();
    if (!arrival.opened()) {
      return Response.ok(session).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(session.id()).build())
        .entity(session)
        .build();
  }

  @GET
  @Path("{id}")
  public SessionView one(@PathParam("id") String id) {
    return sessions.session(id, beautician());
  }

  /** 201 when the chunk was stored now, 200 when it had been stored before (a retry). */
  @PUT
  @Path("{id}/chunks/{index}")
  @Consumes(MediaType.WILDCARD)
  public Response chunk(
      @PathParam("id") String id,
      @PathParam("index") String index,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream audio)
      throws IOException {
    String beautician = beautician();
    if (!audioType(contentType)) {
      return Problem.of(
              415,
              "Unsupported media type",
              "Send a chunk as raw audio bytes with Content-Type audio/* or application/octet-stream.")
          .toResponse();
    }
    int number = chunkIndex(index);
    int limit = sessions.maxChunkBytes();
    if (declaredLength(contentLength) > limit) {
      return tooLarge(limit);
    }
    byte[] data = audio == null ? new byte[0] : audio.readNBytes(limit + 1);
    if (data.length > limit) {
      return tooLarge(limit);
    }
    ChunkReceipt receipt = sessions.storeChunk(id, number, data, beautician);
    return Response.status(receipt.stored() ? Response.Status.CREATED : Response.Status.OK)
        .entity(receipt)
        .build();
  }

  /** The recording is complete (the beautician leaves): its end is sealed; retention starts. */
  @POST
  @Path("{id}/finish")
  public SessionView finish(@PathParam("id") String id) {
    return sessions.finish(id, beautician());
  }

  /** The app reports a failure: {@code {"cause": "DEVICE" | "NETWORK" | "OLD_APP"}}. */
  @POST
  @Path("{id}/failure")
  @Consumes(MediaType.APPLICATION_JSON)
  public SessionView failure(@PathParam("id") String id, JsonObject json) {
    String beautician = beautician();
    return sessions.fail(id, RequestBody.of(json, List.of("cause")).text("cause"), beautician);
  }

  private String beautician() {
    if (!security.isUserInRole(Roles.BEAUTICIAN)) {
      throw DomainException.forbidden("only the beautician's app records service visits");
    }
    return security.getUserPrincipal().getName();
  }

  private static Response tooLarge(int limit) {
    return Problem.of(
            413,
            "Content too large",
            "A chunk holds at most " + limit + " bytes; send smaller chunks.")
        .toResponse();
  }

  private static boolean audioType(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.valueOf(contentType);
      boolean audio = "audio".equalsIgnoreCase(type.getType());
      boolean octets =
          "application".equalsIgnoreCase(type.getType())
              && "octet-stream".equalsIgnoreCase(type.getSubtype());
      return audio || octets;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int chunkIndex(String index) {
    try {
      int number = Integer.parseInt(index);
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw DomainException.invalid("index", "a chunk index is a whole number from 0");
  }

  private static long declaredLength(String contentLength) {
    try {
      return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          "impliedConsentToldAt", "an instant in ISO-8601, e.g. 2026-11-29T08:00:00Z");
    }
  }
}
