package com.meike.privacy.api.complaint;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.incidents.application.ConductRecords;
import com.meike.privacy.incidents.application.ConductRecords.ConductInput;
import com.meike.privacy.incidents.application.ConductRecords.ConductRecordView;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Conduct records (RET-3): legal or the privacy office record a serious violation of laws or the
 * platform agreement, or the platform credit record that follows; both are kept permanently, with
 * the reason stated on each. Every read is audited.
 */
@Path("conduct-records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffGroups.LEGAL, StaffGroups.PRIVACY_OFFICER})
public class ConductRecordsResource {

  static final List<String> FIELDS =
      List.of("account", "kind", "complaintNumber", "rule", "finding");

  @Inject ConductRecords records;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    ConductRecordView view =
        records.record(
            new ConductInput(
                body.text("account"),
                body.text("kind"),
                body.text("complaintNumber"),
                body.text("rule"),
                body.text("finding")),
            caller());
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  public List<ConductRecordView> of(@QueryParam("account") String account) {
    return records.of(account, caller());
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
