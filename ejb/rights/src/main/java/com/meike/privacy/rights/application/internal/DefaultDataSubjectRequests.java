package com.meike.privacy.rights.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.identity.application.AccountContacts;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.incidents.application.ComplaintFiling;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.notification.application.Notice;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.Notifications;
import com.meike.privacy.partner.application.PartnerCorrectionNotices;
import com.meike.privacy.partner.application.PartnerDeletionOrders;
import com.meike.privacy.rights.application.DataSubjectFeeAccepted;
import com.meike.privacy.rights.application.DataSubjectIdentityVerified;
import com.meike.privacy.rights.application.DataSubjectRequestFiled;
import com.meike.privacy.rights.application.DataSubjectRequests;
import com.meike.privacy.rights.application.RequestFiling;
import com.meike.privacy.rights.application.RequestView;
import com.meike.privacy.rights.application.internal.vault.ArchiveVault;
import com.meike.privacy.rights.domain.request.AccessPackage;
import com.meike.privacy.rights.domain.request.DataSubjectRequest;
import com.meike.privacy.rights.domain.request.DataSubjectRequestRepository;
import com.meike.privacy.rights.domain.request.DeadlinePolicy;
import com.meike.privacy.rights.domain.request.DeletionGround;
import com.meike.privacy.rights.domain.request.ErasureRecord;
import com.meike.privacy.rights.domain.request.PackageJson;
import com.meike.privacy.rights.domain.request.RefusalGround;
import com.meike.privacy.rights.domain.request.RequestChannel;
import com.meike.privacy.rights.domain.request.RequestKind;
import com.meike.privacy.rights.domain.request.RequestState;
import com.meike.privacy.rights.domain.request.Verification;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link DataSubjectRequests} as one container-managed transaction per call: the change, its audit
 * entry and its events commit together. Audit details name request ids, kinds, states, grounds and
 * counts — never the person's details, an answer or a reason (sealed in the request).
 *
 * <p>Configuration: {@value #FIELD_KEY} (the seal of details, answers and access packages), {@value
 * #ANSWER_DAYS} (15 working days, DSR-6), {@value #REMINDER_DAYS} (10), {@value
 * #REPEAT_WINDOW_DAYS} (30) and {@value #REPEAT_LIMIT} (2): a request of the same kind about the
 * same person beyond the limit within the window is marked repeated, so the handler may refuse it
 * (REPEATED_WITHOUT_CAUSE) or charge for it, saying so (DSR-6). A fee is between {@value #FEE_MIN}
 * (1) and {@value #FEE_MAX} (100) CNY; the person has {@value #FEE_ACCEPT_DAYS} (10) working days
 * to accept it, while the answer clock pauses.
 */
@Stateless
public class DefaultDataSubjectRequests implements DataSubjectRequests {

  public static final String FIELD_KEY = "meike.rights.field-key";
  public static final String ANSWER_DAYS = "meike.rights.answer-working-days";
  public static final String REMINDER_DAYS = "meike.rights.reminder-working-days";
  public static final String REPEAT_WINDOW_DAYS = "meike.rights.repeat-window-days";
  public static final String REPEAT_LIMIT = "meike.rights.repeat-limit";
  public static final String FEE_MIN = "meike.rights.fee-min-cny";
  public static final String FEE_MAX = "meike.rights.fee-max-cny";
  public static final String FEE_ACCEPT_DAYS = "meike.rights.fee-acceptance-working-days";

  /** Longest reason for a fee. */
  static final int MAX_FEE_REASON = 500;

  static final String REQUEST = "data-subject-request";
  static final String SYSTEM = "system";
  static final String TABLE = "rights_request";
  static final String ANSWERED_TEMPLATE = "data-subject-request-answered";
  static final String FEE_TEMPLATE = "data-subject-request-fee";

  /**
   * Where the system decides automatically in a way that significantly affects a person (DSR-4),
   * named for EXPLANATION requests: the rule and the inputs it uses.
   */
  static final List<String> AUTOMATED_DECISIONS =
      List.of(
          "差评自动保全录音 A bad review (rating 1–2) automatically puts the order's recordings on legal hold"
              + " (ORD-4, REC-6). Inputs: the rating and the order number. Effect: the recordings are kept beyond 30 days"
              + " until the hold is released.",
          "录音自动销毁 Recordings are destroyed automatically 30 days after the service unless held (REC-5)."
              + " Inputs: the service end time and any legal holds.",
          "同意检查 Optional processing stops automatically when a consent is withdrawn or a major policy change is"
              + " not yet accepted (CON-3, CON-5). Inputs: the consent ledger.");

  @Inject DataSubjectRequestRepository requests;
  @Inject AuditTrail auditTrail;
  @Inject WorkingDayCalendar calendar;
  @Inject Clock clock;
  @Inject Event<DataSubjectRequestFiled> filed;
  @Inject Event<DataSubjectIdentityVerified> identityVerified;
  @Inject Event<DataSubjectFeeAccepted> feeAccepted;

  @Inject
  @Key(FIELD_KEY)
  FieldCipher fields;

  @Inject ChildRegister children;
  @Inject AppUserRegistration accounts;
  @Inject AccountContacts contacts;
  @Inject PartnerDeletionOrders deletionOrders;
  @Inject PartnerCorrectionNotices correctionNotices;
  @Inject Notifications notifications;
  @Inject ComplaintService complaints;
  @Inject @Any Instance<PersonalDataHolder> holders;
  @Inject ArchiveVault vault;

  @Inject
  @ConfigProperty(name = ANSWER_DAYS, defaultValue = "15")
  int answerDays;

  @Inject
  @ConfigProperty(name = REMINDER_DAYS, defaultValue = "10")
  int reminderDays;

  @Inject
  @ConfigProperty(name = REPEAT_WINDOW_DAYS, defaultValue = "30")
  int repeatWindowDays;

  @Inject
  @ConfigProperty(name = REPEAT_LIMIT, defaultValue = "2")
  int repeatLimit;

  @Inject
  @ConfigProperty(name = FEE_MIN, defaultValue = "1")
  BigDecimal feeMin;

  @Inject
  @ConfigProperty(name = FEE_MAX, defaultValue = "100")
  BigDecimal feeMax;

  @Inject
  @ConfigProperty(name = FEE_ACCEPT_DAYS, defaultValue = "10")
  int feeAcceptDays;

  DeadlinePolicy policy;

  @PostConstruct
  void checkPolicy() {
    policy = new DeadlinePolicy(answerDays, reminderDays);
    if (feeMin.signum() <= 0 || feeMax.compareTo(feeMin) < 0 || feeAcceptDays < 1) {
      throw new IllegalStateException(
          FEE_MIN
              + " must be positive, "
              + FEE_MAX
              + " at least as high, "
              + FEE_ACCEPT_DAYS
              + " at least 1");
    }
  }

  @Override
  public RequestView file(RequestFiling filing, String account) {
    if (account == null || account.isBlank()) {
      throw DomainException.forbidden("only an identified account may make a request");
    }
    if (filing == null) {
      throw DomainException.invalid("kind", "is required");
    }
    String subject =
        filing.subject() == null || filing.subject().isBlank() ? account : filing.subject().strip();
    RequestChannel channel = RequestChannel.APP;
    if (!subject.equals(account)) {
      Optional<ChildStatusView> child = children.childStatus(SubjectId.of(subject));
      if (child.isEmpty() || !account.equals(child.get().guardian())) {
        throw DomainException.forbidden(
            "only the recorded guardian of a child may make a request for them (ID-6)");
      }
      channel = RequestChannel.GUARDIAN;
    }
    return open(filing, subject, account, channel);
  }

  @Override
  public RequestView register(RequestFiling filing, String staff) {
    if (staff == null || staff.isBlank()) {
      throw DomainException.forbidden("only customer service registers a request");
    }
    if (filing == null || filing.subject() == null || filing.subject().isBlank()) {
      throw DomainException.invalid("subject", "the account the request is about is required");
    }
    String subject = filing.subject().strip();
    if (accounts.account(subject).isEmpty()) {
      throw DomainException.invalid("subject", "no such account");
    }
    return open(filing, subject, staff, RequestChannel.PHONE);
  }

  private RequestView open(
      RequestFiling filing, String subject, String requestedBy, RequestChannel channel) {
    RequestKind kind = parse(RequestKind.class, "kind", filing.kind());
    DeletionGround ground =
        filing.deletionGround() == null || filing.deletionGround().isBlank()
            ? null
            : parse(DeletionGround.class, "deletionGround", filing.deletionGround());
    String details =
        filing.details() == null || filing.details().isBlank() ? null : filing.details().strip();
    if (details != null && details.length() > DataSubjectRequest.MAX_TEXT) {
      throw DomainException.invalid(
          "details", "at most " + DataSubjectRequest.MAX_TEXT + " characters");
    }
    if ((kind == RequestKind.CORRECTION || kind == RequestKind.EXPLANATION) && details == null) {
      throw DomainException.invalid(
          "details",
          kind == RequestKind.CORRECTION
              ? "say what to correct or complete"
              : "say which decision to explain");
    }
    Instant now = clock.instant();
    boolean repeated =
        requests.countSince(subject, kind, now.minus(Duration.ofDays(repeatWindowDays)))
            >= repeatLimit;
    String id = UUID.randomUUID().toString();
    DataSubjectRequest request =
        DataSubjectRequest.receive(id, subject, requestedBy, channel, kind, ground, repeated, now);
    if (details != null) {
      request.sealDetails(fields.seal(details, SealBinding.of(TABLE, "details_sealed", id)));
    }
    requests.add(request);
    audit(
        requestedBy,
        "data-subject-request.filed",
        request,
        "kind "
            + kind
            + ", channel "
            + channel
            + ", subject "
            + subject
            + (ground == null ? "" : ", ground " + ground)
            + (repeated ? ", repeated" : "")
            + ", verification "
            + request.verification());
    filed.fire(new DataSubjectRequestFiled(id));
    return view(request, true);
  }

  @Override
  public List<RequestView> requestsOf(String account) {
    return requests.concerning(account).stream()
        .map(r -> view(r, r.requestedBy().equals(account)))
        .toList();
  }

  @Override
  public RequestView requestOf(String id, String account) {
    DataSubjectRequest request = ownedBy(id, account);
    return view(request, request.requestedBy().equals(account));
  }

  @Override
  public void sendCode(String id, String account, String clientAddress) {
    DataSubjectRequest request = madeBy(id, account);
    requireCodeVerification(request);
    String phone =
        contacts
            .phoneOf(account)
            .orElseThrow(
                () -> DomainException.conflict("the account has no phone to send a code to"));
    accounts.requestCode(phone, clientAddress);
    audit(
        account,
        "data-subject-request.code-sent",
        request,
        "a verification code went to the account's phone");
  }

  @Override
  public RequestView verifyCode(String id, String account, String code) {
    if (code == null || code.isBlank()) {
      throw DomainException.invalid("code", "is required");
    }
    DataSubjectRequest request =
        requests
            .lock(id)
            .filter(r -> r.requestedBy().equals(account))
            .orElseThrow(() -> DomainException.notFound("no such request of yours"));
    requireCodeVerification(request);
    String phone =
        contacts
            .phoneOf(account)
            .orElseThrow(() -> DomainException.conflict("the account has no phone to verify with"));
    String role =
        accounts
            .account(account)
            .map(AppUserRegistration.AccountView::role)
            .orElseThrow(() -> DomainException.conflict("the account no longer exists"));
    AppUserRegistration.Registered checked = accounts.register(phone, code.strip(), role);
    if (!checked.accountId().equals(account)) {
      throw DomainException.invalid("code", "the code does not verify this account");
    }
    request.verified(account, clock.instant(), policy, calendar);
    audit(
        account,
        "data-subject-request.verified",
        request,
        "by a fresh phone code; last day " + request.lastDay());
    identityVerified.fire(new DataSubjectIdentityVerified(id));
    return view(request, true);
  }

  @Override
  public RequestView verifyByStaff(String id, String staff, boolean verified, String method) {
    DataSubjectRequest request = locked(id);
    if (verified) {
      if (method == null || method.isBlank()) {
        throw DomainException.invalid("verificationMethod", "say how identity was verified");
      }
      request.verified(staff, clock.instant(), policy, calendar);
      audit(
          staff,
          "data-subject-request.verified",
          request,
          "by customer service (" + clip(method, 100) + "); last day " + request.lastDay());
    } else {
      request.notVerified(staff, clock.instant());
      audit(
          staff,
          "data-subject-request.not-verified",
          request,
          "customer service could not verify identity");
      tell(request);
    }
    return view(request, false);
  }

  @Override
  public RequestView verificationLapsed(String id) {
    DataSubjectRequest request = locked(id);
    if (request.state() == RequestState.AWAITING_VERIFICATION) {
      request.notVerified(SYSTEM, clock.instant());
      audit(
          SYSTEM,
          "data-subject-request.not-verified",
          request,
          "no verification within the window");
    }
    return view(request, false);
  }

  @Override
  public RequestView request(String id, String viewer) {
    DataSubjectRequest request = found(id);
    audit(viewer, "data-subject-request.read", request, "state " + request.state());
    return view(request, false);
  }

  @Override
  public HandlerFacts forHandler(String id, String handler, Set<String> groups) {
    DataSubjectRequest request = found(id);
    audit(handler, "data-subject-request.read", request, "by a handler, with the details");
    String details =
        request
            .detailsSealed()
            .map(s -> fields.open(s, SealBinding.of(TABLE, "details_sealed", request.id())))
            .orElse(null);
    long earlier =
        requests.concerning(request.subjectId()).stream()
            .filter(r -> !r.id().equals(request.id()) && r.subjectId().equals(request.subjectId()))
            .count();
    return new HandlerFacts(view(request, true), details, earlier, AUTOMATED_DECISIONS);
  }

  @Override
  public RequestView fulfil(String id, String handler, String answer) {
    return fulfil(id, handler, answer, Map.of());
  }

  @Override
  public RequestView fulfil(
      String id, String handler, String answer, Map<String, String> corrections) {
    String text = text("answer", answer);
    Map<String, String> values = new LinkedHashMap<>();
    if (corrections != null) {
      corrections.forEach(
          (field, value) -> {
            if (!PersonalDataHolder.CORRECTABLE.contains(field)) {
              throw DomainException.invalid(
                  field,
                  "cannot be corrected here; correctable: "
                      + String.join(
                          ", ", PersonalDataHolder.CORRECTABLE.stream().sorted().toList()));
            }
            if (value != null && !value.isBlank()) {
              values.put(field, value.strip());
            }
          });
    }
    DataSubjectRequest request = locked(id);
    if (request.state() != RequestState.IN_PROGRESS) {
      throw DomainException.conflict(
          "the request is " + request.state() + "; only a verified, open request is answered");
    }
    if (!values.isEmpty() && request.kind() != RequestKind.CORRECTION) {
      throw DomainException.invalid(
          "corrections", "only a CORRECTION request carries corrected values");
    }
    Instant now = clock.instant();
    switch (request.kind()) {
      case ACCESS -> buildPackage(request, handler, now);
      case DELETION, CANCELLATION -> erase(request, handler, now);
      case CORRECTION -> text = correct(request, values, handler, text);
      default -> {}
    }
    request.fulfilled(handler, fields.seal(text, SealBinding.of(TABLE, "answer_sealed", id)), now);
    audit(
        handler,
        "data-subject-request.fulfilled",
        request,
        "kind "
            + request.kind()
            + (request.isOverdue()
                ? ", after the deadline"
                : ", in time (last day " + request.lastDay() + ")"));
    // A cancelled account has no phone or device any more: it was told before its erasure (tell in
    // erase()).
    if (request.kind() != RequestKind.CANCELLATION
        || !request.subjectId().equals(request.requestedBy())) {
      tell(request);
    }
    return view(request, false);
  }

  @Override
  public RequestView refuse(String id, String handler, String refusalGround, String reason) {
    RefusalGround ground = parse(RefusalGround.class, "refusalGround", refusalGround);
    String text = text("answer", reason);
    DataSubjectRequest request = locked(id);
    request.refused(
        handler,
        ground,
        fields.seal(text, SealBinding.of(TABLE, "answer_sealed", id)),
        clock.instant());
    audit(handler, "data-subject-request.refused", request, "ground " + ground);
    tell(request);
    return view(request, false);
  }

  @Override
  public RequestView chargeFee(String id, String handler, BigDecimal amount, String reason) {
    BigDecimal fee = feeAmount(amount);
    String text = text("feeReason", reason);
    if (text.length() > MAX_FEE_REASON) {
      throw DomainException.invalid("feeReason", "at most " + MAX_FEE_REASON + " characters");
    }
    if (text.codePoints()
        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      throw DomainException.invalid(
          "feeReason", "state the reason in Chinese; the person reads it");
    }
    DataSubjectRequest request = locked(id);
    Instant now = clock.instant();
    LocalDate acceptDay =
        calendar.plusWorkingDays(now.atZone(WorkingDayCalendar.CHINA).toLocalDate(), feeAcceptDays);
    Instant acceptBy = WorkingDayCalendar.endOf(acceptDay, WorkingDayCalendar.CHINA);
    request.feeCharged(
        handler,
        fee,
        fields.seal(text, SealBinding.of(TABLE, "fee_reason_sealed", id)),
        now,
        acceptBy,
        calendar);
    audit(
        handler,
        "data-subject-request.fee-charged",
        request,
        fee.toPlainString()
            + " CNY"
            + (request.repeated() ? " (marked repeated)" : " (not marked repeated)")
            + ", accept by "
            + acceptBy
            + "; the clock pauses with "
            + request.pausedWorkingDaysLeft()
            + " working day(s) left");
    notifications.tell(
        new Notice(
            SubjectId.of(request.requestedBy()),
            FEE_TEMPLATE,
            Map.of(
                "requestKind",
                request.kind().label(),
                "amount",
                fee.toPlainString(),
                "acceptBy",
                ChinaTime.date(acceptDay)),
            NoticeCategory.SERVICE));
    return view(request, true);
  }

  @Override
  public RequestView acceptFee(String id, String account) {
    DataSubjectRequest request =
        requests
            .lock(id == null ? "" : id)
            .filter(r -> r.concerns(account))
            .orElseThrow(() -> DomainException.notFound("no such request of yours"));
    if (!request.requestedBy().equals(account)) {
      throw DomainException.forbidden("only the person who made the request accepts its fee");
    }
    request.feeAccepted(clock.instant(), policy, calendar);
    audit(
        account,
        "data-subject-request.fee-accepted",
        request,
        request.feeAmount().map(BigDecimal::toPlainString).orElse("?")
            + " CNY accepted (recorded, not collected); the clock resumes, last day "
            + request.lastDay());
    feeAccepted.fire(new DataSubjectFeeAccepted(id));
    return view(request, true);
  }

  @Override
  public RequestView feeLapsed(String id) {
    DataSubjectRequest request = locked(id);
    if (request.state() != RequestState.AWAITING_FEE) {
      return view(request, false);
    }
    String reason =
        request
            .feeReasonSealed()
            .map(s -> fields.open(s, SealBinding.of(TABLE, "fee_reason_sealed", id)))
            .orElse("");
    String amount = request.feeAmount().map(BigDecimal::toPlainString).orElse("?");
    String answer =
        clip(
            "您未在 "
                + ChinaTime.date(lastDayOf(request.feeDueAt()))
                + "（北京时间）24:00 前确认本请求的费用（"
                + amount
                + " 元），请求已关闭。收费理由："
                + reason
                + "\n\nThe fee of "
                + amount
                + " CNY was not accepted by "
                + ChinaTime.date(lastDayOf(request.feeDueAt()))
                + " (China time); the request is closed. You may make a new request or complain about this"
                + " answer.",
            DataSubjectRequest.MAX_TEXT);
    request.feeLapsed(
        fields.seal(answer, SealBinding.of(TABLE, "answer_sealed", id)), clock.instant());
    audit(
        SYSTEM,
        "data-subject-request.fee-lapsed",
        request,
        "the fee of " + amount + " CNY was not accepted by " + request.feeDueAt() + "; closed");
    tell(request);
    return view(request, false);
  }

  /** The day (China) whose end is {@code end}. */
  private static LocalDate lastDayOf(Instant end) {
    return end.minusSeconds(1).atZone(WorkingDayCalendar.CHINA).toLocalDate();
  }

  private BigDecimal feeAmount(BigDecimal amount) {
    if (amount == null) {
      throw DomainException.invalid("feeAmount", "is required: an amount in CNY (yuan)");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid("feeAmount", "at most two decimals (fen)");
    }
    if (amount.compareTo(feeMin) < 0 || amount.compareTo(feeMax) > 0) {
      throw DomainException.invalid(
          "feeAmount",
          "between " + feeMin.toPlainString() + " and " + feeMax.toPlainString() + " CNY");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  @Override
  public void remind(String id) {
    DataSubjectRequest request = found(id);
    audit(SYSTEM, "data-subject-request.reminded", request, "last day " + request.lastDay());
  }

  @Override
  public RequestView escalate(String id) {
    DataSubjectRequest request = locked(id);
    request.escalated();
    audit(
        SYSTEM,
        "data-subject-request.escalated",
        request,
        "to the privacy officer: the last working day "
            + request.lastDay()
            + " began without an answer");
    return view(request, false);
  }

  @Override
  public RequestView markOverdue(String id) {
    DataSubjectRequest request = locked(id);
    request.deadlineMissed();
    audit(
        SYSTEM,
        "data-subject-request.overdue",
        request,
        "the deadline " + request.dueAt() + " passed without an answer");
    return view(request, false);
  }

  @Override
  public byte[] download(String id, String account) {
    DataSubjectRequest request =
        requests
            .find(id)
            .filter(r -> r.requestedBy().equals(account))
            .orElseThrow(() -> DomainException.notFound("no such request of yours"));
    AccessPackage accessPackage =
        requests
            .lockPackage(id)
            .orElseThrow(() -> DomainException.notFound("the request has no access package (yet)"));
    String json =
        fields.open(
            accessPackage.takeOnce(clock.instant()),
            SealBinding.of("rights_access_package", "sealed_content", id));
    audit(
        account,
        "data-subject-request.package-downloaded",
        request,
        accessPackage.sizeBytes() + " bytes, sha256 " + accessPackage.sha256());
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String complain(String id, String account, String text) {
    DataSubjectRequest request =
        requests
            .lock(id)
            .filter(r -> r.requestedBy().equals(account))
            .orElseThrow(() -> DomainException.notFound("no such request of yours"));
    // before filing: a second complaint about the same answer files nothing
    request.requireComplaintPossible();
    String complaint =
        complaints
            .file(new ComplaintFiling("PRIVACY_REQUEST", null, text("text", text)), account)
            .number();
    request.complained(complaint);
    audit(account, "data-subject-request.complained", request, "complaint " + complaint);
    return complaint;
  }

  // --- carrying out ---

  private void buildPackage(DataSubjectRequest request, String handler, Instant now) {
    Map<String, Object> contexts = new LinkedHashMap<>();
    for (PersonalDataHolder holder : sorted()) {
      contexts.put(holder.context(), holder.export(request.subjectId(), handler).data());
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", PackageJson.SCHEMA);
    root.put("subject", request.subjectId());
    root.put("request", request.id());
    root.put("generatedAt", now);
    root.put("contexts", contexts);
    String json = PackageJson.write(root);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    requests.addPackage(
        new AccessPackage(
            request.id(),
            fields.seal(
                json, SealBinding.of("rights_access_package", "sealed_content", request.id())),
            sha256(bytes),
            bytes.length,
            now));
    audit(
        handler,
        "data-subject-request.package-built",
        request,
        bytes.length + " bytes from " + String.join(", ", contexts.keySet()));
  }

  /**
   * Corrects in every context that holds a field; returns the answer with what was corrected where.
   */
  private String correct(
      DataSubjectRequest request, Map<String, String> values, String handler, String answer) {
    if (values.isEmpty()) {
      return answer;
    }
    List<String> done = new ArrayList<>();
    for (PersonalDataHolder holder : sorted()) {
      PersonalDataHolder.Correction correction =
          holder.correct(request.subjectId(), values, handler);
      correction.corrected().forEach(c -> done.add(correction.context() + ": " + c));
    }
    if (done.isEmpty()) {
      throw DomainException.conflict(
          "no context holds "
              + String.join(", ", values.keySet())
              + " about the person; answer without corrected values");
    }
    // Recipients of the old value are told in the same transaction (DSR-2, PIPL art. 46).
    List<String> told =
        correctionNotices.tellRecipients(
            SubjectId.of(request.subjectId()), request.id(), values.keySet(), handler);
    audit(
        handler,
        "data-subject-request.corrected",
        request,
        String.join("; ", done)
            + (told.isEmpty() ? "" : "; partners told: " + String.join(", ", told)));
    return clip(
        answer
            + "\n\n已更正 Corrected — "
            + String.join("; ", done)
            + (told.isEmpty()
                ? ""
                : "\n已通知曾接收旧信息的合作方 Partners that received the old value were told: "
                    + String.join(", ", told)),
        DataSubjectRequest.MAX_TEXT);
  }

  private void erase(DataSubjectRequest request, String handler, Instant now) {
    boolean closing = request.kind() == RequestKind.CANCELLATION;
    String reason =
        (closing
                ? "Account cancellation (ID-7)"
                : "Deletion request on ground "
                    + request.deletionGround().map(Enum::name).orElse("?")
                    + " (DSR-2)")
            + ", request "
            + request.id();
    if (closing && request.subjectId().equals(request.requestedBy())) {
      tell(request);
    }
    // DSR-7: first, while the disclosure log still names the person, every recipient is ordered to
    // delete.
    request.deletionOrdered(
        deletionOrders.orderDeletion(SubjectId.of(request.subjectId()), reason, handler).id());
    for (PersonalDataHolder holder : sorted()) {
      PersonalDataHolder.Erasure erasure =
          holder.erase(request.subjectId(), closing, reason, handler);
      // RET-2: what the law makes the context keep goes into the vault, in this transaction.
      vault.deposit(request.subjectId(), erasure.legalMinimum(), request.id(), handler);
      requests.addErasure(
          new ErasureRecord(
              UUID.randomUUID().toString(),
              request.id(),
              erasure.context(),
              erasure.deleted(),
              erasure.anonymised(),
              String.join("; ", erasure.kept()),
              now));
    }
    audit(
        handler,
        "data-subject-request.erased",
        request,
        (closing ? "account closed" : "data deleted")
            + " in every context; partner deletion order "
            + request.deletionOrderId().orElse("-"));
  }

  private List<PersonalDataHolder> sorted() {
    List<PersonalDataHolder> all = new ArrayList<>();
    for (PersonalDataHolder holder : holders) {
      all.add(holder);
    }
    all.sort(
        Comparator.comparingInt(PersonalDataHolder::erasureOrder)
            .thenComparing(PersonalDataHolder::context));
    return all;
  }

  /** Tells the requester the answer is there (a service notice; what it says is in the app). */
  private void tell(DataSubjectRequest request) {
    notifications.tell(
        new Notice(
            SubjectId.of(request.requestedBy()),
            ANSWERED_TEMPLATE,
            Map.of("requestKind", request.kind().label(), "state", stateLabel(request.state())),
            NoticeCategory.SERVICE));
  }

  static String stateLabel(RequestState state) {
    return switch (state) {
      case AWAITING_VERIFICATION -> "待验证身份 Awaiting verification";
      case IN_PROGRESS -> "处理中 In progress";
      case FULFILLED -> "已完成 Fulfilled";
      case REFUSED -> "已拒绝（附理由） Refused, with the reason";
      case NOT_VERIFIED -> "身份未能验证 Identity not verified";
      case AWAITING_FEE -> "待确认费用（答复期限暂停） Awaiting your acceptance of a fee; the clock is paused";
      case FEE_LAPSED -> "未确认费用，已关闭 Closed: the fee was not accepted in time";
    };
  }

  // --- helpers ---

  private RequestView view(DataSubjectRequest request, boolean withAnswer) {
    String answer =
        withAnswer
            ? request
                .answerSealed()
                .map(s -> fields.open(s, SealBinding.of(TABLE, "answer_sealed", request.id())))
                .orElse(null)
            : null;
    RequestView.PackageState pkg =
        request.kind() == RequestKind.ACCESS
            ? requests
                .packageOf(request.id())
                .map(
                    p ->
                        new RequestView.PackageState(
                            p.available(),
                            p.sizeBytes(),
                            p.sha256(),
                            p.builtAt(),
                            p.downloadedAt()))
                .orElse(null)
            : null;
    List<RequestView.ErasureView> erasures =
        request.kind().erases()
            ? requests.erasuresOf(request.id()).stream()
                .map(
                    e ->
                        new RequestView.ErasureView(
                            e.context(), e.deleted(), e.anonymised(), e.kept(), e.erasedAt()))
                .toList()
            : List.of();
    return new RequestView(
        request.id(),
        request.subjectId(),
        request.requestedBy(),
        request.channel().name(),
        request.channel().label(),
        request.kind().name(),
        request.kind().label(),
        request.deletionGround().map(Enum::name).orElse(null),
        request.deletionGround().map(DeletionGround::label).orElse(null),
        request.verification().name(),
        request.state().name(),
        request.repeated(),
        request.receivedAt(),
        request.verifiedAt(),
        request.lastDay(),
        request.dueAt(),
        request.remindAt(),
        request.escalateAt(),
        request.isEscalated(),
        request.isOverdue(),
        request.refusalGround().map(Enum::name).orElse(null),
        request.refusalGround().map(RefusalGround::label).orElse(null),
        answer,
        request.answeredAt(),
        pkg,
        request.deletionOrderId().orElse(null),
        erasures,
        request.complaintNumber().orElse(null),
        request
            .feeAmount()
            .map(
                amount ->
                    new RequestView.FeeView(
                        amount,
                        "CNY",
                        withAnswer
                            ? request
                                .feeReasonSealed()
                                .map(
                                    s ->
                                        fields.open(
                                            s,
                                            SealBinding.of(
                                                TABLE, "fee_reason_sealed", request.id())))
                                .orElse(null)
                            : null,
                        request.feeChargedAt(),
                        request.feeDueAt(),
                        request.feeAcceptedAt(),
                        request.pausedWorkingDaysLeft()))
            .orElse(null));
  }

  private DataSubjectRequest ownedBy(String id, String account) {
    return requests
        .find(id == null ? "" : id)
        .filter(r -> r.concerns(account))
        .orElseThrow(() -> DomainException.notFound("no such request of yours"));
  }

  private DataSubjectRequest madeBy(String id, String account) {
    return requests
        .find(id == null ? "" : id)
        .filter(r -> r.requestedBy().equals(account))
        .orElseThrow(() -> DomainException.notFound("no such request of yours"));
  }

  private DataSubjectRequest found(String id) {
    return requests
        .find(id == null ? "" : id)
        .orElseThrow(() -> DomainException.notFound("no such request"));
  }

  private DataSubjectRequest locked(String id) {
    return requests
        .lock(id == null ? "" : id)
        .orElseThrow(() -> DomainException.notFound("no such request"));
  }

  private static void requireCodeVerification(DataSubjectRequest request) {
    if (request.verification() != Verification.PHONE_CODE) {
      throw DomainException.conflict(
          "customer service verifies this request's identity ("
              + request.channel()
              + ", "
              + request.kind()
              + ")");
    }
    if (request.state() != RequestState.AWAITING_VERIFICATION) {
      throw DomainException.conflict(
          "the request is " + request.state() + ", not awaiting verification");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required: one of " + names(type));
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, "must be one of " + names(type));
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(
        ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  private static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    String text = value.strip();
    if (text.length() > DataSubjectRequest.MAX_TEXT) {
      throw DomainException.invalid(
          field, "at most " + DataSubjectRequest.MAX_TEXT + " characters");
    }
    return text;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void audit(String actor, String action, DataSubjectRequest request, String detail) {
    auditTrail.record(new AuditEvent(actor, action, REQUEST, request.id(), detail));
  }
}
