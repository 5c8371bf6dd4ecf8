package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaigns;
import com.meike.privacy.notification.application.UnreachedPerson;
import com.meike.privacy.notification.domain.campaign.Campaign;
import com.meike.privacy.notification.domain.campaign.CampaignRepository;
import com.meike.privacy.notification.domain.campaign.CampaignState;
import com.meike.privacy.notification.domain.template.NoticeTemplate;
import com.meike.privacy.notification.domain.template.TemplateRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link NoticeCampaigns}: one transaction per call, audited. */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultNoticeCampaigns implements NoticeCampaigns {

  static final String RESOURCE = "notification-campaign";
  static final String FOR_CHILD = "forChild";
  static final int MAX_SUBJECTS = 10_000;

  private static final Map<String, String> LABELS =
      Map.of(
          "SELECTING",
          "选定对象中 Selecting the people",
          "RUNNING",
          "发送中 Sending",
          "PAUSED",
          "已暂停 Paused",
          "FINISHED",
          "已完成 Finished");

  @Inject CampaignRepository campaigns;
  @Inject TemplateRepository templates;
  @Inject AuditTrail auditTrail;
  @Inject CampaignFinisher finisher;
  @Inject Clock clock;

  @Override
  public CampaignView start(CampaignStart start, String actor) {
    return create(start, actor, CampaignState.RUNNING);
  }

  @Override
  public CampaignView prepare(CampaignStart start, String actor) {
    return create(start, actor, CampaignState.SELECTING);
  }

  @Override
  public long addRecipients(String campaignId, List<SubjectId> subjects) {
    List<String> listed = checked(subjects);
    find(campaignId);
    if (!campaigns.lockUnlessFinished(campaignId)) {
      throw DomainException.conflict(
          "通知已发送完毕，不能再添加对象。 The campaign is finished: nobody can be added any more.");
    }
    return campaigns.addSubjects(campaignId, listed);
  }

  @Override
  public long addListed(String campaignId, List<SubjectId> subjects, String actor) {
    long added = addRecipients(campaignId, subjects);
    Campaign c = find(campaignId);
    auditTrail.record(
        new AuditEvent(
            actor,
            "notification.campaign-people-listed",
            RESOURCE,
            campaignId,
            c.purpose()
                + " "
                + c.reference()
                + ": "
                + subjects.size()
                + " people listed, "
                + added
                + " of them new"));
    return added;
  }

  @Override
  public CampaignView open(String campaignId, String actor) {
    Campaign c = find(campaignId);
    if (c.state() != CampaignState.SELECTING) {
      return view(c);
    }
    Instant now = clock.instant();
    campaigns.changeState(campaignId, CampaignState.SELECTING, CampaignState.RUNNING, actor, now);
    auditTrail.record(
        new AuditEvent(
            actor,
            "notification.campaign-opened",
            RESOURCE,
            campaignId,
            c.purpose() + " " + c.reference() + ": " + c.selected() + " people selected"));
    if (c.selected() == 0) {
      finisher.finish(campaignId, now);
    }
    return progress(campaignId);
  }

  /** The listed ids, at most 10,000 (their format the interface's constraints checked). */
  private static List<String> checked(List<SubjectId> given) {
    List<SubjectId> subjects = given == null ? List.of() : given;
    if (subjects.size() > MAX_SUBJECTS) {
      throw DomainException.invalid(
          "subjects", "at most " + MAX_SUBJECTS + " listed people per call");
    }
    return subjects.stream().map(SubjectId::value).toList();
  }

  private CampaignView create(CampaignStart start, String actor, CampaignState initial) {
    // purpose, reference and listed people: checked on the interface (CampaignStart's constraints)
    Optional<Campaign> existing = campaigns.findByReference(start.purpose(), start.reference());
    if (existing.isPresent()) {
      return view(existing.get());
    }
    NoticeTemplate template =
        templates
            .find(start.templateId() == null ? "" : start.templateId())
            .filter(t -> t.category() == NoticeTemplate.Category.SERVICE)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "templateId", "no service notice template '" + start.templateId() + "'"));
    Map<String, String> params =
        new LinkedHashMap<>(start.params() == null ? Map.of() : start.params());
    Map<String, Object> check = new HashMap<>(params);
    check.putIfAbsent(FOR_CHILD, "");
    DefaultNotifications.declared(template, check);
    List<String> subjects = checked(start.subjects());
    Instant now = clock.instant();
    Campaign campaign =
        new Campaign(
            UUID.randomUUID().toString(),
            start.purpose(),
            start.reference(),
            template.id(),
            params,
            initial,
            0,
            0,
            0,
            actor,
            now,
            actor,
            now,
            null);
    campaigns.insert(campaign);
    Set<String> categories = start.categories() == null ? Set.of() : start.categories();
    long selected =
        campaigns.selectHolders(
            campaign.id(), categories, start.heldAt() == null ? now : start.heldAt());
    selected += campaigns.addSubjects(campaign.id(), subjects);
    auditTrail.record(
        new AuditEvent(
            actor,
            "notification.campaign-started",
            RESOURCE,
            campaign.id(),
            start.purpose()
                + " "
                + start.reference()
                + ": "
                + selected
                + " people selected, template "
                + template.id()
                + (initial == CampaignState.SELECTING ? "; more are added before it opens" : "")));
    if (selected == 0 && initial == CampaignState.RUNNING) {
      finisher.finish(campaign.id(), now);
    }
    return progress(campaign.id());
  }

  @Override
  public CampaignView progress(String campaignId) {
    return view(find(campaignId));
  }

  @Override
  public Optional<CampaignView> forReference(String purpose, String reference) {
    return campaigns.findByReference(purpose, reference).map(this::view);
  }

  @Override
  public CampaignView pause(String campaignId, String actor) {
    return change(
        campaignId,
        CampaignState.RUNNING,
        CampaignState.PAUSED,
        actor,
        "notification.campaign-paused");
  }

  @Override
  public CampaignView resume(String campaignId, String actor) {
    return change(
        campaignId,
        CampaignState.PAUSED,
        CampaignState.RUNNING,
        actor,
        "notification.campaign-resumed");
  }

  private CampaignView change(
      String campaignId, CampaignState from, CampaignState to, String actor, String action) {
    Campaign c = find(campaignId);
    if (!campaigns.changeState(campaignId, from, to, actor, clock.instant())) {
      throw DomainException.conflict(
          "The campaign is "
              + c.state().name().toLowerCase()
              + ", not "
              + from.name().toLowerCase()
              + ".");
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            action,
            RESOURCE,
            campaignId,
            c.purpose() + " " + c.reference() + ": " + c.sent() + " sent of " + c.selected()));
    return progress(campaignId);
  }

  @Override
  public List<UnreachedPerson> unreached(String campaignId, long afterSeq, int max, String actor) {
    Campaign c = find(campaignId);
    List<UnreachedPerson> people =
        campaigns.unreached(campaignId, afterSeq, Math.max(1, Math.min(max, 1000))).stream()
            .map(r -> new UnreachedPerson(r.seq(), r.subjectId(), r.forChild(), r.reason()))
            .toList();
    auditTrail.record(
        new AuditEvent(
            actor,
            "notification.campaign-unreached-read",
            RESOURCE,
            campaignId,
            c.purpose()
                + " "
                + c.reference()
                + ": "
                + people.size()
                + " unreached people listed after "
                + afterSeq));
    return people;
  }

  private Campaign find(String campaignId) {
    return campaigns
        .find(campaignId == null ? "" : campaignId)
        .orElseThrow(() -> DomainException.notFound("No notice campaign " + campaignId + "."));
  }

  CampaignView view(Campaign c) {
    Map<String, Long> delivery = campaigns.deliveryCounts(c.id());
    return new CampaignView(
        c.id(),
        c.purpose(),
        c.reference(),
        c.templateId(),
        c.state().name(),
        LABELS.get(c.state().name()),
        c.selected(),
        c.sent(),
        c.unreached(),
        Math.max(0, c.selected() - c.sent() - c.unreached()),
        delivery.getOrDefault("DELIVERED", 0L) + delivery.getOrDefault("ACKNOWLEDGED", 0L),
        delivery.getOrDefault("FAILED", 0L),
        c.startedBy(),
        c.startedAt(),
        c.stateBy(),
        c.stateAt(),
        c.finishedAt());
  }
}
