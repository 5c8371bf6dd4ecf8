package com.meike.privacy.api.consent;

import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.kernel.purpose.PurposeCode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The purposes in force under the current policy: public, as the policy itself is (DATA-1). */
@Path("purposes")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PurposesResource {

  @Inject PurposeCatalogue catalogue;

  @GET
  public List<PurposeView> purposes() {
    return catalogue.purposes();
  }

  @GET
  @Path("{code}")
  public PurposeView purpose(@PathParam("code") String code) {
    return catalogue.purpose(PurposeCode.of(code));
  }
}
