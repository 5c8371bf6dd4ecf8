package com.meike.privacy.api.directory;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.identity.application.StaffDirectory.DepartmentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Departments with their heads and members (who approves whose applications). */
@Path("staff-directory/departments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffDirectoryResource {

  @Inject StaffDirectory directory;

  @GET
  public List<DepartmentView> departments() {
    return directory.departments();
  }
}
