package com.meike.privacy.api.directory;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.identity.application.StaffDirectory.DepartmentView;
import com.meike.privacy.identity.application.StaffDirectory.StaffMemberView;
import com.meike.privacy.identity.application.StaffDirectoryAdministration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The staff directory: departments with their heads and members (who approves whose applications),
 * and — for the privacy office — the one place to record staff, their department and who heads it
 * (issue 17, item 7). Each change also sets the member's department groups in the process engine.
 */
@Path("staff-directory")
@Produces(MediaType.APPLICATION_JSON)
public class StaffDirectoryResource {

  static final List<String> MEMBER_FIELDS = List.of("displayName", "department");
  static final List<String> HEAD_FIELDS = List.of("username");

  @Inject StaffDirectory directory;
  @Inject StaffDirectoryAdministration administration;
  @Context SecurityContext security;

  @GET
  @Path("departments")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public List<DepartmentView> departments() {
    return directory.departments();
  }

  @PUT
  @Path("members/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public StaffMemberView place(@PathParam("username") String username, JsonObject json) {
    RequestBody body = RequestBody.of(json, MEMBER_FIELDS);
    return administration.place(
        actor(), username, body.text("displayName"), body.text("department"));
  }

  @DELETE
  @Path("members/{username}")
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public void remove(@PathParam("username") String username) {
    administration.remove(actor(), username);
  }

  @PUT
  @Path("departments/{code}/head")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public DepartmentView appointHead(@PathParam("code") String code, JsonObject json) {
    RequestBody body = RequestBody.of(json, HEAD_FIELDS);
    return administration.appointHead(actor(), code, body.text("username"));
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }
}
