package com.meike.privacy.api.incident;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.incidents.application.BreachIncidents;
import com.meike.privacy.incidents.application.IncidentRegistration;
import com.meike.privacy.incidents.application.IncidentStatistics;
import com.meike.privacy.incidents.application.IncidentView;
import com.meike.privacy.incidents.application.RegulatorReportView;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaigns;
import com.meike.privacy.notification.application.UnreachedPerson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Security incidents (INC-1..4). The security team (and its head) or the privacy office register an
 * incident — which starts {@code breach-notification} in the same transaction — and follow it; the
 * steps themselves are worked in Tasklist ("安全事件 Security incidents"). Statistics are the privacy
 * officer's.
 */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_TEAM, Roles.SECURITY_HEAD, Roles.PRIVACY_OFFICER})
public class IncidentsResource {

  static final List<String> FIELDS =
      List.of(
          "discoveredAt",
          "description",
          "systems",
          "categories",
          "estimatedPeople",
          "childrenAffected",
          "grade");

  /** The purpose breach-notification starts its campaigns under (BreachProcess). */
  static final String CAMPAIGN_PURPOSE = "BREACH";

  @Inject BreachIncidents incidents;
  @Inject NoticeCampaigns campaigns;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    if (json.get("childrenAffected") == null) {
      throw DomainException.invalid("childrenAffected", "is required (true or false)");
    }
    IncidentView view =
        incidents.register(
            new IncidentRegistration(
                instant("discoveredAt", body.text("discoveredAt")),
                body.text("description"),
                body.texts("systems"),
                new LinkedHashSet<>(body.texts("categories")),
                people(body.decimal("estimatedPeople")),
                body.flag("childrenAffected", false),
                body.text("grade")),
            caller());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }

  @GET
  public List<IncidentView> recent() {
    return incidents.recent();
  }

  @GET
  @Path("statistics")
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public IncidentStatistics statistics() {
    return incidents.statistics();
  }

  @GET
  @Path("{id}")
  public IncidentView incident(@PathParam("id") String id) {
    return incidents.incident(id);
  }

  /**
   * Raises the incident's grade outside a task (INC-4: the grade is only ever raised): {@code
   * {"grade": …}}; recorded in the incident's history and the audit trail. 400 naming {@code grade}
   * for a lower or unknown grade; the same grade changes nothing.
   */
  @POST
  @Path("{id}/grade")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SECURITY_HEAD, Roles.PRIVACY_OFFICER})
  public IncidentView raiseGrade(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("grade"));
    return incidents.raiseGrade(id, body.text("grade"), caller());
  }

  /** The initial report to the regulator (as submitted) and the updated one made at closing. */
  @GET
  @Path("{id}/reports")
  public List<RegulatorReportView> reports(@PathParam("id") String id) {
    return incidents.reports(id);
  }

  /**
   * The incident's notice campaign (INC-2): selected, sent, unreached, pending, delivered, failed.
   */
  @GET
  @Path("{id}/notice-campaign")
  public CampaignView noticeCampaign(@PathParam("id") String id) {
    return campaign(id);
  }

  /** Pauses the notices; batches under way finish, no new batch starts. 409 unless sending. */
  @POST
  @Path("{id}/notice-campaign/pause")
  @RolesAllowed({Roles.SECURITY_HEAD, Roles.PRIVACY_OFFICER})
  public CampaignView pause(@PathParam("id") String id) {
    return campaigns.pause(campaign(id).id(), caller());
  }

  /** Resumes paused notices where they stopped. 409 unless paused. */
  @POST
  @Path("{id}/notice-campaign/resume")
  @RolesAllowed({Roles.SECURITY_HEAD, Roles.PRIVACY_OFFICER})
  public CampaignView resume(@PathParam("id") String id) {
    return campaigns.resume(campaign(id).id(), caller());
  }

  /**
   * Adds a list of affected people (account ids, 1 to 10,000 per call) that the security team
   * uploads to the incident's notices (INC-2: people the selection by categories does not find);
   * once the notices have started and until they are finished. People already in the campaign are
   * not told twice; a child is told through the guardian. 400 naming {@code subjects} for a bad
   * list, 404 before the notices started, 409 once they are finished. Audited.
   */
  @POST
  @Path("{id}/notice-campaign/people")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SECURITY_TEAM, Roles.SECURITY_HEAD})
  public ListedPeople addPeople(@PathParam("id") String id, JsonObject json) {
    List<String> subjects = RequestBody.of(json, List.of("subjects")).texts("subjects");
    if (subjects.isEmpty()) {
      throw DomainException.invalid("subjects", "is required: 1 to 10,000 account ids");
    }
    String campaignId = campaign(id).id();
    long added =
        campaigns.addListed(campaignId, subjects.stream().map(SubjectId::of).toList(), caller());
    return new ListedPeople(subjects.size(), added, campaigns.progress(campaignId));
  }

  /** What an uploaded list did: how many ids it named, how many were new to the campaign. */
  public record ListedPeople(long listed, long added, CampaignView campaign) {}

  /**
   * The people the notices could not reach, for the public announcement: account ids and why, in
   * pages ({@code after} the last {@code seq} seen, at most {@code limit}, 100 by default).
   * Audited.
   */
  @GET
  @Path("{id}/notice-campaign/unreached")
  public List<UnreachedPerson> unreached(
      @PathParam("id") String id,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    return campaigns.unreached(
        campaign(id).id(),
        number("after", after, 0, 0, Long.MAX_VALUE),
        (int) number("limit", limit, 100, 1, 1000),
        caller());
  }

  private CampaignView campaign(String id) {
    IncidentView incident = incidents.incident(id);
    return campaigns
        .forReference(CAMPAIGN_PURPOSE, incident.id())
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "No notices have been started for incident " + incident.id() + "."));
  }

  static long number(String field, String value, long fallback, long min, long max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value.strip());
      if (n < min || n > max) {
        throw DomainException.invalid(field, "must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw DomainException.invalid(field, "must be a whole number");
    }
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }

  static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          field, "must be an ISO-8601 time with its offset, e.g. 2026-12-06T08:30:00+08:00");
    }
  }

  static Long people(BigDecimal value) {
    if (value == null) {
      return null;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw DomainException.invalid("estimatedPeople", "must be a whole number");
    }
  }
}
