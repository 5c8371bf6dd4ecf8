package com.meike.privacy.api.complaint;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.incidents.application.ComplaintFiling;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The caller's own complaints (CMP-1): file one, list them, follow one (state, deadlines, history,
 * answer), reply when customer service asks for information, and attach files (photos, receipts,
 * PDF, audio) while it is open. Somebody else's complaint is answered as not found.
 *
 * <p>An attachment is the raw request body with its {@code Content-Type} (no multipart), the file
 * name in the query parameter {@code name}; the app files the complaint first, then attaches. The
 * body is read only up to the configured limit: anything larger is refused (413) without being
 * kept.
 */
@Path("me/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyComplaintsResource {

  @Inject ComplaintService complaints;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("about", "orderNumber", "text"));
    ComplaintView view =
        complaints.file(
            ComplaintFiling.of(body.text("about"), body.text("orderNumber"), body.text("text")),
            caller());
    return Response.created(uri.getAbsolutePathBuilder().path(view.number()).build())
        .entity(view)
        .build();
  }

  @GET
  public List<ComplaintView> mine() {
    return complaints.complaintsOf(caller());
  }

  @GET
  @Path("{number}")
  public ComplaintView one(@PathParam("number") String number) {
    return complaints.complaintOf(number, caller());
  }

  /** The complainant's reply to a request for information: the clock runs again. */
  @POST
  @Path("{number}/information")
  @Consumes(MediaType.APPLICATION_JSON)
  public ComplaintView reply(@PathParam("number") String number, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("text"));
    return complaints.informationReceived(number, caller(), body.text("text"));
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }

  /**
   * The complainant attaches one file: raw body, its type in {@code Content-Type}, its name in
   * {@code ?name=}.
   */
  @POST
  @Path("{number}/attachments")
  @Consumes(MediaType.WILDCARD)
  public Response attach(
      @PathParam("number") String number,
      @QueryParam("name") String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body)
      throws IOException {
    byte[] content = readAtMost(body, complaints.attachmentMaxBytes());
    ComplaintView.AttachmentView attachment =
        complaints.attach(number, caller(), name, contentType, content);
    return Response.created(uri.getAbsolutePath()).entity(attachment).build();
  }

  @GET
  @Path("{number}/attachments")
  public List<ComplaintView.AttachmentView> attachments(@PathParam("number") String number) {
    return complaints.attachmentsOf(number, caller());
  }

  /** Reads the body, refusing it as soon as it passes {@code limit} bytes. */
  static byte[] readAtMost(InputStream body, long limit) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int read;
    while ((read = body.read(buffer)) != -1) {
      total += read;
      if (total > limit) {
        throw DomainException.tooLarge(
            "content", "an attachment may have at most " + limit + " bytes");
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }
}
