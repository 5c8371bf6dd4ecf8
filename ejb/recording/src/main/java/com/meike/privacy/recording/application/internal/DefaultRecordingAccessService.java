package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.order.application.OrderDirectory;
import com.meike.privacy.order.application.OrderFacts;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.GrantView;
import com.meike.privacy.recording.application.RecordingAccessRequested;
import com.meike.privacy.recording.application.RecordingAccessService;
import com.meike.privacy.recording.domain.access.AccessReason;
import com.meike.privacy.recording.domain.access.AllowedUse;
import com.meike.privacy.recording.domain.access.ApprovalDecision;
import com.meike.privacy.recording.domain.access.ApprovalRoute;
import com.meike.privacy.recording.domain.access.ApprovalStep;
import com.meike.privacy.recording.domain.access.ConditionEvidence;
import com.meike.privacy.recording.domain.access.GrantRefusal;
import com.meike.privacy.recording.domain.access.OrderNumber;
import com.meike.privacy.recording.domain.access.RecordingAccessApplication;
import com.meike.privacy.recording.domain.access.RecordingAccessApplicationRepository;
import com.meike.privacy.recording.domain.access.RecordingAccessGrant;
import com.meike.privacy.recording.domain.access.RecordingAccessGrantRepository;
import com.meike.privacy.recording.domain.access.UseCondition;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link RecordingAccessService} as one container-managed transaction per call: the change, its
 * audit entry (AUD-1) and the {@link RecordingAccessRequested} event commit together or not at all.
 * Refused grant checks are the exception: their audit entry is written by {@link RefusalRecorder}
 * in a transaction of its own, because the refusal rolls this one back.
 *
 * <p>Audit details name ids, steps, uses and order numbers only — never the applicant's reason, an
 * approver's comment or a revocation reason, which may hold personal data.
 *
 * <p>Configuration: {@value #GRANT_VALIDITY} (ISO-8601 duration, default {@code PT24H}) is how long
 * a grant opens its recording after issue.
 */
@Stateless
public class DefaultRecordingAccessService implements RecordingAccessService {

  /** MicroProfile Config key: how long a grant stays valid (ISO-8601 duration). */
  public static final String GRANT_VALIDITY = "meike.recording-access.grant-validity";

  static final String APPLICATION = "recording-access-application";
  static final String GRANT = "recording-access-grant";

  /** Actor of the steps the approval process performs on its own (reminders, lapse, grant). */
  static final String SYSTEM = "system";

  @Inject RecordingAccessApplicationRepository applications;
  @Inject RecordingAccessGrantRepository grants;
  @Inject StaffDirectory staff;
  @Inject OrderDirectory orders;
  @Inject RecordingRepository recordings;
  @Inject ConsentCheck consent;
  @Inject AuditTrail auditTrail;
  @Inject RefusalRecorder refusals;
  @Inject Event<RecordingAccessRequested> requested;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = GRANT_VALIDITY, defaultValue = "PT24H")
  Duration grantValidity;

  @Override
  public ApplicationView apply(ApplicationRequest request, String applicant) {
    RecordingAccessApplication application = submit(request, applicant);
    requested.fire(new RecordingAccessRequested(application.id()));
    return view(application);
  }

  @Override
  public ApplicationView applyFromProcess(ApplicationRequest request, String applicant) {
    return view(submit(request, applicant));
  }

  @Override
  public ApplicationView applyForComplaint(
      ApplicationRequest request, String complaintNumber, String applicant) {
    if (complaintNumber == null || complaintNumber.isBlank()) {
      throw new IllegalArgumentException("complaintNumber is required");
    }
    if (request == null || !AllowedUse.DISPUTE_EVIDENCE.name().equals(request.use())) {
      throw DomainException.invalid(
          "use", "a complaint asks for a recording as dispute evidence only");
    }
    RecordingAccessApplication application = submit(request, complaintNumber, applicant);
    requested.fire(new RecordingAccessRequested(application.id()));
    return view(application);
  }

  @Override
  public ApplicationView reviewUrgentAccess(
      String applicationId, String reviewer, boolean justified, String comment) {
    RecordingAccessApplication application = load(applicationId);
    Instant now = now();
    application.reviewAfterwards(reviewer, justified, comment, now);
    auditTrail.record(
        new AuditEvent(
            reviewer.strip(),
            "recording-access.urgent-reviewed",
            APPLICATION,
            application.id(),
            (justified ? "justified" : "not justified") + ", order " + application.orderNumber()));
    if (!justified) {
      application
          .grantId()
          .flatMap(grants::find)
          .filter(grant -> grant.revokedAt().isEmpty() && grant.expiresAt().isAfter(now))
          .ifPresent(
              grant -> {
                grant.revoke(
                    reviewer.strip(), "the urgent access was found not justified on review", now);
                auditTrail.record(
                    new AuditEvent(
                        reviewer.strip(),
                        "recording-access.grant.revoked",
                        GRANT,
                        grant.id(),
                        "urgent access not justified on review, order " + grant.orderNumber()));
              });
    }
    return view(application);
  }

  private RecordingAccessApplication submit(ApplicationRequest request, String applicant) {
    return submit(request, null, applicant);
  }

  private RecordingAccessApplication submit(
      ApplicationRequest request, String complaintNumber, String applicant) {
    if (applicant == null || applicant.isBlank()) {
      throw DomainException.forbidden("only an identified staff member may apply");
    }
    // Only people in the staff directory apply: its departments decide who approves, and a
    // technical account (e.g. a Camunda administrator starting the process in Tasklist) is nobody's
    // employee.
    if (staff.member(applicant).isEmpty()) {
      throw DomainException.forbidden(
          "only members of the staff directory may apply to listen to a recording");
    }
    if (request == null) {
      throw DomainException.invalid("orderNumber", "is required");
    }
    OrderNumber orderNumber = OrderNumber.of(request.orderNumber());
    if (!orders.exists(orderNumber.value())) {
      throw DomainException.invalid("orderNumber", "no order with this number was placed");
    }
    AllowedUse use = AllowedUse.parse(request.use());
    AccessReason reason = new AccessReason(request.reason());
    ConditionEvidence evidence = condition(use, orderNumber, complaintNumber, request.urgency());
    ApprovalRoute route =
        ApprovalRoute.plan(
            applicant,
            staff.headOfDepartmentOf(applicant),
            staff.headOf(DepartmentFunction.PRIVACY_OFFICE),
            staff.headOf(DepartmentFunction.LEGAL),
            staff.headOf(DepartmentFunction.SECURITY));
    RecordingAccessApplication application =
        RecordingAccessApplication.submit(
            applications.nextId(), orderNumber, use, reason, applicant, route, now(), evidence);
    applications.store(application);
    auditTrail.record(
        new AuditEvent(
            applicant,
            "recording-access.applied",
            APPLICATION,
            application.id(),
            "order "
                + orderNumber
                + ", use "
                + use
                + application
                    .condition()
                    .map(
                        c ->
                            ", condition "
                                + c
                                + application
                                    .consentEntry()
                                    .map(e -> " (consent entry " + e + ")")
                                    .orElse("")
                                + application
                                    .complaintNumber()
                                    .map(n -> " (complaint " + n + ")")
                                    .orElse(""))
                    .orElse("")));
    return application;
  }

  /**
   * REC-7: the condition of {@code use}, checked now — for dispute evidence the complaint (from the
   * complaint's path only) or the separate consent in force of the person served by the order or of
   * its beautician, asked of the consent service; for urgent protection the urgency.
   */
  private ConditionEvidence condition(
      AllowedUse use, OrderNumber orderNumber, String complaintNumber, String urgency) {
    Optional<Long> customer = Optional.empty();
    Optional<Long> beautician = Optional.empty();
    if (use == AllowedUse.DISPUTE_EVIDENCE && complaintNumber == null) {
      Optional<OrderFacts> facts = orders.facts(orderNumber.value());
      customer = facts.map(OrderFacts::servedPersonId).flatMap(this::disputeConsent);
      beautician = facts.map(OrderFacts::beauticianId).flatMap(this::disputeConsent);
    }
    return ConditionEvidence.establish(use, customer, beautician, complaintNumber, urgency);
  }

  /** The ledger entry of {@code person}'s consent in force to dispute evidence, if any. */
  private Optional<Long> disputeConsent(String person) {
    if (person == null || person.isBlank()) {
      return Optional.empty();
    }
    Decision decision =
        consent.may(
            SubjectId.of(person), PurposeCode.of(ConditionEvidence.DISPUTE_EVIDENCE_PURPOSE));
    return decision.allowed()
        ? Optional.ofNullable(decision.entrySequence()).or(() -> Optional.of(0L))
        : Optional.empty();
  }

  /**
   * A consent the application rests on must still be in force when the head of security approves (a
   * withdrawal takes effect at the next use, CON-1): otherwise the approval is refused.
   */
  private void consentStillInForce(RecordingAccessApplication application) {
    Optional<UseCondition> condition = application.condition().filter(UseCondition::restsOnConsent);
    if (condition.isEmpty()) {
      return;
    }
    Optional<OrderFacts> facts = orders.facts(application.orderNumber().value());
    String person =
        condition.get() == UseCondition.CUSTOMER_CONSENT
            ? facts.map(OrderFacts::servedPersonId).orElse(null)
            : facts.map(OrderFacts::beauticianId).orElse(null);
    if (disputeConsent(person).isEmpty()) {
      throw DomainException.conflict(
          "录音当事人已撤回同意，不能批准，请驳回 — the party's consent to the recording's use as dispute"
              + " evidence was withdrawn: the application cannot be approved; reject it (REC-7)");
    }
  }

  @Override
  public ApplicationView decide(
      String applicationId, ApprovalStep step, String approver, boolean approved, String comment) {
    if (step == null) {
      throw DomainException.invalid("step", "is required");
    }
    RecordingAccessApplication application = load(applicationId);
    if (approved && step == ApprovalStep.SECURITY_HEAD) {
      consentStillInForce(application);
    }
    ApprovalDecision decision = application.decide(step, approver, approved, comment, now());
    auditTrail.record(
        new AuditEvent(
            approver,
            "recording-access.decided",
            APPLICATION,
            application.id(),
            step
                + (decision.approved() ? " approved" : " rejected")
                + ", now "
                + application.status()));
    return view(application);
  }

  /**
   * Records the reminder. A reminder for a step that is no longer awaited (it was decided while the
   * timer fired) is a harmless race and does nothing.
   */
  @Override
  public void remind(String applicationId, ApprovalStep step) {
    RecordingAccessApplication application = load(applicationId);
    if (step == null || application.status().awaitedStep().filter(step::equals).isEmpty()) {
      return;
    }
    auditTrail.record(
        new AuditEvent(
            SYSTEM,
            "recording-access.reminded",
            APPLICATION,
            application.id(),
            step + " step reminded"));
  }

  @Override
  public ApplicationView lapse(String applicationId) {
    RecordingAccessApplication application = load(applicationId);
    application.lapse(now());
    auditTrail.record(
        new AuditEvent(
            SYSTEM, "recording-access.lapsed", APPLICATION, application.id(), "deadline passed"));
    return view(application);
  }

  /**
   * Idempotent: an application that already has its grant returns that grant unchanged (no second
   * grant, no second audit entry), so a retried service task cannot fail or double-issue. The
   * unique application id on the grant table backs this up under concurrency.
   */
  @Override
  public GrantView issueGrant(String applicationId) {
    RecordingAccessApplication application = load(applicationId);
    Instant now = now();
    Optional<String> issued = application.grantId();
    if (issued.isPresent()) {
      return view(
          grants
              .find(issued.get())
              .orElseThrow(() -> new IllegalStateException("grant of application is missing")),
          now);
    }
    RecordingAccessGrant grant = application.issueGrant(grants.nextId(), now, grantValidity);
    grants.store(grant);
    auditTrail.record(
        new AuditEvent(
            SYSTEM,
            "recording-access.granted",
            GRANT,
            grant.id(),
            "application "
                + application.id()
                + ", order "
                + grant.orderNumber()
                + ", use "
                + grant.use()
                + ", expires "
                + grant.expiresAt()));
    return view(grant, now);
  }

  @Override
  public ApplicationView application(String applicationId, String viewer, boolean oversight) {
    return applications
        .find(applicationId)
        .filter(application -> oversight || application.involves(viewer))
        .map(this::view)
        .orElseThrow(DefaultRecordingAccessService::noSuchApplication);
  }

  @Override
  public int recordingsToHear(String applicationId, String viewer, boolean oversight) {
    String order = application(applicationId, viewer, oversight).orderNumber();
    return (int)
        recordings.ofOrder(order).stream()
            .filter(recording -> DefaultRecordingDisclosure.READABLE.contains(recording.status()))
            .count();
  }

  @Override
  public List<ApplicationView> applicationsOf(String applicant) {
    if (applicant == null || applicant.isBlank()) {
      return List.of();
    }
    return applications.findByApplicant(applicant).stream().map(this::view).toList();
  }

  @Override
  public GrantView grant(String grantId, String viewer, boolean oversight) {
    Instant now = now();
    return grants
        .find(grantId)
        .filter(grant -> oversight || (viewer != null && viewer.equals(grant.holder())))
        .map(grant -> view(grant, now))
        .orElseThrow(() -> DomainException.notFound("no such grant"));
  }

  @Override
  public GrantView checkGrant(String grantId, String orderNumber, String actor) {
    String who = actor == null || actor.isBlank() ? "anonymous" : actor;
    Instant now = now();
    Optional<RecordingAccessGrant> found = grants.find(grantId);
    if (found.isEmpty()) {
      refused(who, grantId, "unknown grant");
      throw DomainException.notFound("no such grant");
    }
    RecordingAccessGrant grant = found.get();
    OrderNumber order;
    try {
      order = OrderNumber.of(orderNumber);
    } catch (DomainException invalid) {
      refused(who, grant.id(), "malformed order number");
      throw invalid;
    }
    Optional<GrantRefusal> refusal = grant.refusalFor(order, actor, now);
    if (refusal.isPresent()) {
      refused(who, grant.id(), refusal.get() + " for order " + order);
      throw DomainException.forbidden(refusal.get().reason());
    }
    auditTrail.record(
        new AuditEvent(
            who,
            "recording-access.grant.checked",
            GRANT,
            grant.id(),
            "opens order " + order + " for " + grant.use()));
    return view(grant, now);
  }

  @Override
  public GrantView revoke(String grantId, String actor, String reason) {
    RecordingAccessGrant grant =
        grants.find(grantId).orElseThrow(() -> DomainException.notFound("no such grant"));
    Instant now = now();
    grant.revoke(actor, reason, now);
    auditTrail.record(
        new AuditEvent(
            actor,
            "recording-access.grant.revoked",
            GRANT,
            grant.id(),
            "revoked before expiry, order " + grant.orderNumber()));
    return view(grant, now);
  }

  private void refused(String actor, String grantId, String why) {
    refusals.record(
        new AuditEvent(
            actor, "recording-access.grant.refused", GRANT, printable(grantId), "refused: " + why));
  }

  /** An id as given by a caller, made safe for the audit trail (not blank, short, one line). */
  private static String printable(String id) {
    if (id == null || id.isBlank()) {
      return "(none)";
    }
    String oneLine = id.strip().replaceAll("[^A-Za-z0-9._-]", "?");
    return oneLine.length() > 64 ? oneLine.substring(0, 64) + "..." : oneLine;
  }

  private RecordingAccessApplication load(String applicationId) {
    return applications
        .find(applicationId)
        .orElseThrow(DefaultRecordingAccessService::noSuchApplication);
  }

  private static DomainException noSuchApplication() {
    return DomainException.notFound("no such recording-access application");
  }

  private Instant now() {
    return clock.instant();
  }

  private ApplicationView view(RecordingAccessApplication application) {
    ApprovalRoute route = application.route();
    return new ApplicationView(
        application.id(),
        application.orderNumber().value(),
        application.use().name(),
        application.reason().text(),
        application.applicant(),
        application.appliedAt(),
        application.status().name(),
        route.firstApprover(),
        route.secondApprover(),
        application.decisions().stream()
            .map(
                decision ->
                    new ApplicationView.DecisionView(
                        decision.step().name(),
                        decision.approver(),
                        decision.approved(),
                        decision.comment().orElse(null),
                        decision.decidedAt()))
            .toList(),
        application.grantId().orElse(null),
        application
            .condition()
            .map(
                condition ->
                    new ApplicationView.ConditionView(
                        condition.name(),
                        condition.label(),
                        application.consentEntry().orElse(null),
                        application.complaintNumber().orElse(null),
                        application.urgency().orElse(null),
                        application.reviewState().map(Enum::name).orElse(null),
                        application.reviewedBy().orElse(null),
                        application.reviewedAt().orElse(null),
                        application.reviewComment().orElse(null)))
            .orElse(null));
  }

  private static GrantView view(RecordingAccessGrant grant, Instant now) {
    return new GrantView(
        grant.id(),
        grant.applicationId(),
        grant.orderNumber().value(),
        grant.use().name(),
        grant.holder(),
        grant.issuedAt(),
        grant.expiresAt(),
        grant.revokedAt().orElse(null),
        grant.stateAt(now).name());
  }
}
