package com.meike.privacy.api.incident;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.incidents.application.IncidentPlans;
import com.meike.privacy.incidents.application.IncidentPlans.DrillView;
import com.meike.privacy.incidents.application.IncidentPlans.PlanDraft;
import com.meike.privacy.incidents.application.IncidentPlans.PlanView;
import com.meike.privacy.kernel.problem.DomainException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;

/**
 * The children's incident plan (INC-3): the security team and the privacy office read it, the head
 * of security or the privacy officer publish a new version on top of the newest; the yearly drills'
 * records (the drill itself is a Tasklist task of {@code incident-drill}).
 */
@Path("incident-plan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_TEAM, Roles.SECURITY_HEAD, Roles.PRIVACY_OFFICER})
public class IncidentPlanResource {

  static final List<String> FIELDS =
      List.of("basedOn", "responsibilities", "contacts", "steps", "changeNote");

  @Inject IncidentPlans plans;
  @Context SecurityContext security;
  @Context UriInfo uri;

  /** The version in force. 404 when none was ever published. */
  @GET
  public PlanView current() {
    return plans
        .current()
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "尚未发布儿童个人信息安全事件应急预案" + " No children's incident plan has been published."));
  }

  @GET
  @Path("versions")
  public List<PlanView> versions() {
    return plans.versions();
  }

  @GET
  @Path("versions/{version}")
  public PlanView version(@PathParam("version") String version) {
    return plans.version(
        (int) IncidentsResource.number("version", version, 0, 1, Integer.MAX_VALUE));
  }

  /**
   * Publishes a new version: {@code {"basedOn": n, "responsibilities", "contacts", "steps",
   * "changeNote"}} — {@code basedOn} the version edited (0 when there is none); 409 when another
   * version was published meanwhile.
   */
  @POST
  @Path("versions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SECURITY_HEAD, Roles.PRIVACY_OFFICER})
  public Response publish(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    PlanView view =
        plans.publish(
            new PlanDraft(
                basedOn(body.decimal("basedOn")),
                body.text("responsibilities"),
                body.text("contacts"),
                body.text("steps"),
                body.text("changeNote")),
            security.getUserPrincipal().getName());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(view.version())).build())
        .entity(view)
        .build();
  }

  /** The drills raised and recorded, newest first. */
  @GET
  @Path("drills")
  public List<DrillView> drills() {
    return plans.drills();
  }

  static Integer basedOn(BigDecimal value) {
    if (value == null) {
      return null;
    }
    try {
      int n = value.intValueExact();
      if (n < 0) {
        throw DomainException.invalid("basedOn", "must be 0 or a version number");
      }
      return n;
    } catch (ArithmeticException e) {
      throw DomainException.invalid("basedOn", "must be a whole number: the version you edited");
    }
  }
}
