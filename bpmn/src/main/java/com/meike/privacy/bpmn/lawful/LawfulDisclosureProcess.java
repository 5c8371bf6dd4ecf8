package com.meike.privacy.bpmn.lawful;

import com.meike.privacy.bpmn.engine.FormFacts;
import com.meike.privacy.bpmn.engine.FormLinks;
import com.meike.privacy.bpmn.engine.ShapedFormFacts;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.lawful.application.LawfulDisclosures;
import com.meike.privacy.lawful.application.LawfulDisclosures.DisclosureView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The expressions of the {@code lawful-disclosure} process: each reads process variables, calls
 * {@link LawfulDisclosures} and writes back what the next steps and legal's form need.
 *
 * <p>Process variables written here — ids and states only: {@code requestId}, {@code requestState},
 * {@code packageSha256}. The form writes {@code legalApproved} and the personal input {@code
 * legalReason}, which the completion listener takes into the request (sealed there) and the engine
 * never keeps.
 *
 * <p>Form facts ({@link FormFacts}, read from the lawful context for a member of legal as the form
 * opens, audited there, never stored): {@code subject}, {@code authorityKind}, {@code
 * authorityLabel}, {@code authorityName}, {@code documentKind}, {@code documentNumber}, {@code
 * issuingBody}, {@code documentDate}, {@code documentFile}, {@code scope}, {@code
 * recordingOrderNumber}, {@code publicDisclosure}, {@code foreignApprovalState}, {@code
 * registeredBy}, {@code registeredAt}.
 */
@Named("lawfulDisclosureProcess")
@ApplicationScoped
public class LawfulDisclosureProcess extends ShapedFormFacts {

  /** The only group that decides a disclosure request. */
  public static final String LEGAL_GROUP = StaffGroups.LEGAL;

  private static final Map<String, String> AUTHORITY_LABELS =
      Map.of(
          "PUBLIC_SECURITY", "公安机关 (public security)",
          "STATE_SECURITY", "国家安全机关 (state security)",
          "PROCURATORATE", "人民检察院 (procuratorate)",
          "COURT", "人民法院 (court)",
          "SUPERVISORY_COMMISSION", "监察委员会 (supervisory commission)",
          "REGULATOR", "监管部门 (regulator)",
          "LEGAL_DOCUMENT_HOLDER", "持法律文件的用户 (user holding a legal document)",
          "CONSENTED_RECIPIENT", "经本人单独同意的接收方 (recipient with the person's separate consent)",
          "FOREIGN_AUTHORITY", "外国机构 (foreign court or authority)");

  private static final Map<String, String> DOCUMENT_LABELS =
      Map.of(
          "SUBPOENA", "传票 Subpoena",
          "INVESTIGATION_LETTER", "调查函 Investigation letter",
          "EVIDENCE_COLLECTION_NOTICE", "调取证据通知书 Evidence collection notice",
          "ASSISTANCE_NOTICE", "协助查询通知书 Assistance notice",
          "COURT_DECISION", "判决书/裁定书/决定书 Court decision",
          "FOREIGN_REQUEST", "外国请求书 Foreign request",
          "CONSENT_LETTER", "本人同意书或接收方申请 Consent letter or recipient's request",
          "OTHER", "其他法律文书 Other legal document");

  static final Set<String> FACTS =
      Set.of(
          "subject",
          "documentLabel",
          "authorityKind",
          "authorityLabel",
          "authorityName",
          "documentKind",
          "documentNumber",
          "issuingBody",
          "documentDate",
          "documentFile",
          "scope",
          "recordingOrderNumber",
          "publicDisclosure",
          "foreignApprovalState",
          "registeredBy",
          "registeredAt",
          "documentLink",
          "groundLabel",
          "consentState",
          "recordingsAs");

  /** The consent branch's review task (REC-9, DISC-2). */
  static final String CONSENT_REVIEW_TASK = "UserTask_LegalChecksConsent";

  /** Legal's reason is the request's (sealed there); the engine never keeps it. */
  static final Set<String> PERSONAL_INPUTS = Set.of("legalReason", "decisionReason");

  private final LawfulDisclosures service;
  private final Duration reviewWithin;

  private static Shape shape() {
    return new Shape(
        LawfulDisclosureProcessStarter.PROCESS_KEY, Set.of(LEGAL_GROUP), FACTS, PERSONAL_INPUTS);
  }

  /** For the CDI proxy only. */
  protected LawfulDisclosureProcess() {
    super(shape());
    this.service = null;
    this.reviewWithin = null;
  }

  /** With the default review time (process tests). */
  public LawfulDisclosureProcess(LawfulDisclosures service) {
    this(service, Duration.ofDays(3));
  }

  @Inject
  public LawfulDisclosureProcess(
      LawfulDisclosures service,
      @ConfigProperty(name = "meike.lawful.review-within", defaultValue = "P3D")
          Duration reviewWithin) {
    super(shape());
    this.service = Objects.requireNonNull(service, "service");
    if (reviewWithin == null || reviewWithin.isZero() || reviewWithin.isNegative()) {
      throw new IllegalArgumentException(
          "meike.lawful.review-within must be a positive ISO-8601 duration");
    }
    this.reviewWithin = reviewWithin;
  }

  /** The label of an authority's kind (codes are never shown alone, issue 17). */
  public String authorityLabelOf(String kind) {
    return kind == null ? null : AUTHORITY_LABELS.getOrDefault(kind, kind);
  }

  /** The label of a legal document's kind. */
  public String documentLabelOf(String kind) {
    return kind == null ? null : DOCUMENT_LABELS.getOrDefault(kind, kind);
  }

  /** The first eight characters of a request id: enough to tell requests apart in a list. */
  public String shortId(String id) {
    return id == null ? null : id.substring(0, Math.min(8, id.length()));
  }

  /**
   * "Screen request": the rules that refuse without review (DISC-1a, DISC-2); sets the business key
   * and the facts legal's form shows.
   */
  public void screen(DelegateExecution execution) {
    String id = requestId(execution.getVariable("requestId"));
    DisclosureView request = service.screen(id);
    execution.setProcessBusinessKey(id);
    states(execution, request);
    // REC-9, DISC-2: which branch reviews it — the legal document, or the person's separate consent
    execution.setVariable("disclosureGround", request.ground());
    // What Tasklist's list shows (issue 17): kinds (codes; labelled in the list), the member of
    // staff who registered it, and when legal should have decided. Never the subject, the
    // authority's name (a document holder may be a person) or the document's number.
    execution.setVariable("authorityKind", request.authorityKind());
    execution.setVariable("documentKind", request.documentKind());
    execution.setVariable("registeredByName", request.registeredBy());
    execution.setVariable(
        "reviewDue", iso(ClockUtil.getCurrentTime().toInstant().plus(reviewWithin)));
  }

  /**
   * The request as legal reads it to decide (audited by the lawful context as a read by {@code
   * user}).
   */
  @Override
  public Map<String, Object> load(DelegateTask task, String user, Set<String> groups) {
    return facts(service.request(requestId(task.getVariable("requestId")), user));
  }

  static Map<String, Object> facts(DisclosureView request) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("subject", request.subject());
    facts.put("authorityKind", request.authorityKind());
    facts.put(
        "documentLabel",
        DOCUMENT_LABELS.getOrDefault(request.documentKind(), request.documentKind()));
    facts.put(
        "authorityLabel",
        AUTHORITY_LABELS.getOrDefault(request.authorityKind(), request.authorityKind()));
    facts.put("authorityName", request.authorityName());
    facts.put("documentKind", request.documentKind());
    facts.put("documentNumber", request.documentNumber());
    facts.put("issuingBody", request.issuingBody());
    facts.put("documentDate", String.valueOf(request.documentDate()));
    facts.put(
        "documentFile",
        request.document() == null
            ? null
            : request.document().fileName()
                + " ("
                + request.document().sizeBytes()
                + " bytes, SHA-256 "
                + request.document().sha256()
                + ")");
    // the document opens from the form with the Tasklist sign-in (issue 17); the file name is the
    // registrant's text, its Markdown characters escaped
    facts.put(
        "documentLink",
        request.document() == null
            ? "无文书文件 No document file."
            : FormLinks.link(
                request.document().fileName(),
                "/api/lawful-disclosures/" + FormLinks.segment(request.id()) + "/document"));
    facts.put("scope", String.join(", ", request.scope()));
    facts.put("recordingOrderNumber", request.recordingOrderNumber());
    facts.put(
        "publicDisclosure",
        !request.publicDisclosure()
            ? "否 No"
            : request.compulsoryOrder()
                ? "是，依强制性要求 Yes — on a compulsory order"
                : "是，经本人单独明确同意 Yes — on the person's separate explicit consent");
    facts.put(
        "groundLabel",
        "SEPARATE_CONSENT".equals(request.ground())
            ? "本人单独同意 The person's separate consent (REC-9, DISC-2)"
            : "法定程序 Legal procedure: the legal document (DISC-1)");
    facts.put(
        "consentState",
        request.consentEntries() == null
            ? "不适用 Not needed: a legal procedure"
            : "同意有效（筛查时核对）In force at screening: "
                + request.consentEntries()
                + "；打包前再次核对 checked again before the package is built");
    facts.put(
        "recordingsAs",
        request.recordingOrderNumber() == null
            ? null
            : request.audioDisclosed()
                ? "录音本身（加密包内，一次性密钥）The audio itself, in the sealed package under the one-time key"
                : "仅录音索引 Reference only; the audio stays sealed here");
    facts.put("foreignApprovalState", foreignApprovalState(request));
    facts.put("registeredBy", request.registeredBy());
    facts.put("registeredAt", ChinaTime.of(request.registeredAt()));
    return facts;
  }

  /**
   * Complete listener of "Legal reviews request": records the decision of the member of legal
   * completing the task. Anyone else, or a decision without a reason, fails the completion, so the
   * task stays open.
   */
  public void decide(DelegateTask task) {
    Object approved = task.getVariable("legalApproved");
    if (!(approved instanceof Boolean)) {
      throw DomainException.invalid(
          "legalApproved", "The decision must be given as approve (true) or refuse (false).");
    }
    Object reason = task.getVariable("legalReason");
    DisclosureView request =
        service.decide(
            requestId(task.getVariable("requestId")),
            (Boolean) approved,
            reason == null ? null : reason.toString(),
            reviewerOf(task));
    task.setVariable("requestState", request.state());
  }

  /**
   * Assignment listener of both review tasks (DISC-1 at claim time): whoever registered the request
   * cannot claim it; the claim is refused in one sentence, and the task stays with the group.
   */
  public void checkClaim(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee != null) {
      service.requireMayDecide(requestId(task.getVariable("requestId")), assignee);
    }
  }

  /** "Build encrypted package": only the approved scope, under a fresh key. */
  public void buildPackage(DelegateExecution execution) {
    DisclosureView request = service.buildPackage(requestId(execution.getVariable("requestId")));
    states(execution, request);
    execution.setVariable("packageSha256", request.packageSha256());
  }

  /** What legal reads about the PRC approval a foreign request needs (DISC-1a). */
  static String foreignApprovalState(DisclosureView request) {
    if (!"FOREIGN_AUTHORITY".equals(request.authorityKind())) {
      return "Not needed: a PRC authority";
    }
    return request.foreignApprovalRecorded()
        ? "Recorded: " + request.foreignApprovalReference() + " of " + request.foreignApprovalDate()
        : "Missing: refused without review (DISC-1a)";
  }

  private static void states(DelegateExecution execution, DisclosureView request) {
    execution.setVariable("requestState", request.state());
  }

  /**
   * The authenticated user, who must belong to legal; without an authenticated user (the engine
   * called directly, as in tests and by the application), the assignee.
   */
  private static String reviewerOf(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return task.getAssignee();
    }
    String user = authentication.getUserId();
    boolean legal =
        (authentication.getGroupIds() != null && authentication.getGroupIds().contains(LEGAL_GROUP))
            || task.getProcessEngineServices()
                    .getIdentityService()
                    .createUserQuery()
                    .userId(user)
                    .memberOfGroup(LEGAL_GROUP)
                    .count()
                > 0;
    if (!legal) {
      throw DomainException.forbidden("only a member of legal decides a disclosure request");
    }
    return user;
  }

  private static String requestId(Object value) {
    if (!(value instanceof String id) || id.isBlank()) {
      throw new IllegalStateException("The process has no requestId");
    }
    return id;
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
