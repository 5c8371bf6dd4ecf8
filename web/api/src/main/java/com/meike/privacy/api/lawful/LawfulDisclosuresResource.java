package com.meike.privacy.api.lawful;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.lawful.application.LawfulDisclosures;
import com.meike.privacy.lawful.application.LawfulDisclosures.DisclosureView;
import com.meike.privacy.lawful.application.LawfulDisclosures.DocumentFile;
import com.meike.privacy.lawful.application.LawfulDisclosures.DocumentInput;
import com.meike.privacy.lawful.application.LawfulDisclosures.KeyHandover;
import com.meike.privacy.lawful.application.LawfulDisclosures.PackageFile;
import com.meike.privacy.lawful.application.LawfulDisclosures.RequestInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Authorities' disclosure requests (DISC-1, DISC-1a, DISC-2, REC-9). Legal or the privacy office
 * register a request with its legal document and follow it; legal reviews it in Tasklist ("执法披露
 * Lawful disclosures"); only legal downloads the encrypted package and, separately and once, takes
 * its key. Every read is audited.
 */
@Path("lawful-disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffGroups.LEGAL, Roles.PRIVACY_OFFICER})
public class LawfulDisclosuresResource {

  static final List<String> FIELDS =
      List.of(
          "subject",
          "authorityKind",
          "authorityName",
          "documentKind",
          "documentNumber",
          "issuingBody",
          "documentDate",
          "scope",
          "recordingOrderNumber",
          "publicDisclosure",
          "compulsoryOrder",
          "foreignApprovalReference",
          "foreignApprovalDate",
          "document");
  static final List<String> DOCUMENT_FIELDS = List.of("fileName", "mediaType", "contentBase64");

  @Inject LawfulDisclosures disclosures;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    DisclosureView view =
        disclosures.register(
            new RequestInput(
                SubjectId.of(body.text("subject")),
                body.text("authorityKind"),
                body.text("authorityName"),
                body.text("documentKind"),
                body.text("documentNumber"),
                body.text("issuingBody"),
                body.text("documentDate"),
                body.texts("scope"),
                OrderNumber.of(body.text("recordingOrderNumber")),
                body.flag("publicDisclosure", false),
                body.flag("compulsoryOrder", false),
                body.text("foreignApprovalReference"),
                body.text("foreignApprovalDate"),
                document(json.get("document"))),
            caller());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }

  @GET
  public List<DisclosureView> latest() {
    return disclosures.latest(caller());
  }

  @GET
  @Path("{id}")
  public DisclosureView request(@PathParam("id") String id) {
    return disclosures.request(id, caller());
  }

  @GET
  @Path("{id}/document")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("id") String id) {
    DocumentFile file = disclosures.document(id, caller());
    return Response.ok(file.content(), file.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
        .cacheControl(noStore())
        .build();
  }

  /** The ciphertext only; its key comes from {@code key-handover}, once. */
  @GET
  @Path("{id}/package")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @RolesAllowed(StaffGroups.LEGAL)
  public Response disclosurePackage(@PathParam("id") String id) {
    PackageFile file = disclosures.packageOf(id, caller());
    return Response.ok(file.ciphertext(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"disclosure-" + file.requestId() + ".bin\"")
        .header("X-Package-SHA256", file.sha256())
        .cacheControl(noStore())
        .build();
  }

  @POST
  @Path("{id}/key-handover")
  @RolesAllowed(StaffGroups.LEGAL)
  public Response keyHandover(@PathParam("id") String id) {
    KeyHandover handover = disclosures.handOverKey(id, caller());
    return Response.ok(handover).cacheControl(noStore()).build();
  }

  private static DocumentInput document(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonObject object)) {
      throw DomainException.invalid(
          "document", "must be an object with " + String.join(", ", DOCUMENT_FIELDS));
    }
    for (String key : object.keySet()) {
      if (!DOCUMENT_FIELDS.contains(key)) {
        throw DomainException.invalid(
            "document." + key,
            "Unknown field 'document."
                + key
                + "'; expected "
                + String.join(", ", DOCUMENT_FIELDS)
                + ".");
      }
    }
    RequestBody body = RequestBody.of(object, DOCUMENT_FIELDS);
    return new DocumentInput(
        body.text("fileName"), body.text("mediaType"), body.text("contentBase64"));
  }

  private static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setNoCache(true);
    return cache;
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
