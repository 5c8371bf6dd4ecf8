package com.meike.privacy.api.complaint;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.incidents.application.AttachmentDownload;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A complaint for the people who handle it (CMP-1): the complaint with its evidence, the
 * complainant's attachments (every download audited), and applying to hear the order's recording as
 * dispute evidence (REC-7). Only the group of the complaint's current tier — the candidate group of
 * its open task — and the privacy officer may; for anybody else the complaint does not exist.
 */
@Path("complaints/{number}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  ComplaintsResource.CUSTOMER_SERVICE,
  ComplaintsResource.SUPERVISOR,
  ComplaintsResource.PRIVACY_OFFICER,
  ComplaintsResource.LEGAL
})
public class ComplaintsResource {

  static final String CUSTOMER_SERVICE = StaffGroups.CUSTOMER_SERVICE;
  static final String SUPERVISOR = StaffGroups.CS_SUPERVISOR;
  static final String PRIVACY_OFFICER = StaffGroups.PRIVACY_OFFICER;
  static final String LEGAL = StaffGroups.LEGAL;
  static final List<String> HANDLER_GROUPS =
      List.of(CUSTOMER_SERVICE, SUPERVISOR, PRIVACY_OFFICER, LEGAL);

  @Inject ComplaintService complaints;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  public ComplaintView one(@PathParam("number") String number) {
    return complaints.complaintForHandler(number, caller(), groups());
  }

  @GET
  @Path("attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(
      @PathParam("number") String number, @PathParam("attachmentId") String attachmentId) {
    AttachmentDownload download = complaints.download(number, attachmentId, caller(), groups());
    String name = URLEncoder.encode(download.name(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(download.content(), download.contentType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /**
   * Starts {@code recording-access-approval} for the complaint's order with use DISPUTE_EVIDENCE.
   */
  @POST
  @Path("recording-access-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response applyForRecordingAccess(@PathParam("number") String number, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("reason"));
    ComplaintView.RecordingAccessView link =
        complaints.applyForRecordingAccess(number, caller(), groups(), body.text("reason"));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("recording-access-requests")
                .path(link.applicationId())
                .build())
        .entity(link)
        .build();
  }

  private Set<String> groups() {
    return HANDLER_GROUPS.stream().filter(security::isUserInRole).collect(Collectors.toSet());
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
