package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.CrossBorderTransfers;
import com.meike.privacy.consent.application.ImpactAssessments;
import com.meike.privacy.consent.domain.assessment.AssessedProcessing;
import com.meike.privacy.consent.domain.assessment.ImpactAssessment;
import com.meike.privacy.consent.domain.assessment.ImpactAssessmentRepository;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.child.ChildStatusRepository;
import com.meike.privacy.consent.domain.crossborder.CrossBorderRepository;
import com.meike.privacy.consent.domain.crossborder.CrossBorderTransfer;
import com.meike.privacy.consent.domain.crossborder.TransferConsent;
import com.meike.privacy.consent.domain.crossborder.TransferReason;
import com.meike.privacy.consent.domain.crossborder.TransferState;
import com.meike.privacy.consent.domain.ledger.ActedAs;
import com.meike.privacy.consent.domain.ledger.ConsentAction;
import com.meike.privacy.consent.domain.ledger.ConsentChannel;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link CrossBorderTransfers} as one container-managed transaction per call, each with its audit
 * entry. Audit details name transfers, states and reasons, never personal information.
 */
@Stateless
@ValidateOnExecution
public class DefaultCrossBorderTransfers implements CrossBorderTransfers {

  static final String TRANSFER = "crossborder-transfer";

  @Inject CrossBorderRepository transfers;
  @Inject ImpactAssessmentRepository assessments;
  @Inject ImpactAssessments register;
  @Inject PurposeRepository purposes;
  @Inject ChildStatusRepository children;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public TransferView register(TransferPlan plan, String actor) {
    if (plan == null) {
      throw DomainException.invalid("recipient", "is required");
    }
    List<String> categories = new ArrayList<>();
    for (String code : plan.dataCategories() == null ? List.<String>of() : plan.dataCategories()) {
      PurposeCode purpose;
      try {
        purpose = PurposeCode.of(code);
      } catch (DomainException e) {
        throw DomainException.invalid("dataCategories", "'" + code + "' is not a purpose code");
      }
      if (purposes.find(purpose).isEmpty()) {
        throw DomainException.invalid(
            "dataCategories", "'" + code + "' is not in the purpose catalogue");
      }
      categories.add(purpose.value());
    }
    CrossBorderTransfer transfer =
        CrossBorderTransfer.plan(
            plan.recipient(),
            plan.country(),
            plan.purpose(),
            categories,
            plan.safeguards(),
            actor,
            clock.instant());
    transfers.store(transfer);
    audit(
        actor,
        "crossborder.transfer-registered",
        transfer.id(),
        "to " + transfer.country() + ", categories " + transfer.dataCategories());
    return view(transfer);
  }

  /**
   * Records the transfer's assessment in the register of impact assessments (AUD-3), the one place
   * the check reads; a transfer with an assessment in force answers CONFLICT (withdraw it there
   * first).
   */
  @Override
  public TransferView assess(String transferId, TransferAssessment assessment, String actor) {
    CrossBorderTransfer transfer = find(transferId);
    if (assessment == null || assessment.conclusion() == null) {
      throw DomainException.invalid("conclusion", "is required: ACCEPTABLE or NOT_ACCEPTABLE");
    }
    if (assessments.inForce(key(transfer)).isPresent()) {
      throw DomainException.conflict("this transfer's impact assessment is already recorded");
    }
    register.register(
        new ImpactAssessments.AssessmentRecord(
            "CROSS_BORDER_TRANSFER",
            null,
            null,
            transfer.id(),
            assessment.conclusion().strip(),
            assessment.reference(),
            assessment.summary(),
            LocalDate.now(clock.withZone(WorkingDayCalendar.CHINA)),
            actor),
        actor);
    audit(actor, "crossborder.transfer-assessed", transfer.id(), "state " + state(transfer));
    return view(transfer);
  }

  @Override
  public List<TransferView> transfers() {
    return transfers.all().stream().map(this::view).toList();
  }

  @Override
  public TransferView transfer(String transferId) {
    return view(find(transferId));
  }

  @Override
  public List<OfferedTransfer> offeredTo(com.meike.privacy.kernel.subject.SubjectId subject) {
    SubjectId person = SubjectId.of(subject, "subject");
    return transfers.all().stream()
        .filter(t -> state(t) == TransferState.ASSESSED)
        .map(
            t ->
                new OfferedTransfer(
                    t.id(),
                    t.recipient(),
                    t.country(),
                    t.purpose(),
                    t.dataCategories(),
                    t.safeguards(),
                    transfers
                        .latest(person.value(), t.id())
                        .map(c -> c.action().name())
                        .orElse("NONE")))
        .toList();
  }

  @Override
  public TransferConsentView consent(
      String transferId,
      com.meike.privacy.kernel.subject.SubjectId subject,
      String action,
      String channel,
      String actor) {
    SubjectId person = SubjectId.of(subject, "subject");
    SubjectId acting = SubjectId.of(actor, "actor");
    CrossBorderTransfer transfer = find(transferId);
    ConsentAction consentAction = parseAction(action);
    ConsentChannel consentChannel = ConsentChannel.parse(channel);
    ActedAs actedAs = actedAs(person, acting);
    if (state(transfer) != TransferState.ASSESSED) {
      throw DomainException.conflict(
          "this transfer has no acceptable impact assessment; nobody is asked to consent to it");
    }
    Optional<TransferConsent> inForce = transfers.latest(person.value(), transfer.id());
    if (inForce.filter(c -> c.action() == consentAction).isPresent()) {
      if (consentAction == ConsentAction.WITHDRAWN
          || inForce.get().actor().equals(acting.value())) {
        return view(inForce.get());
      }
    }
    if (consentAction == ConsentAction.WITHDRAWN && inForce.isEmpty()) {
      throw DomainException.conflict("there is no consent to this transfer to withdraw");
    }
    TransferConsent entry =
        new TransferConsent(
            transfer.id(), person, consentAction, consentChannel, acting, actedAs, clock.instant());
    transfers.append(entry);
    audit(
        acting.value(),
        "crossborder.consent-" + consentAction.name().toLowerCase(),
        transfer.id(),
        "for " + person.value() + " as " + actedAs + " via " + consentChannel);
    return view(entry);
  }

  @Override
  public TransferDecision check(
      com.meike.privacy.kernel.subject.SubjectId subject, String transferId, String askedBy) {
    SubjectId person = SubjectId.of(subject, "subject");
    if (askedBy == null || askedBy.isBlank()) {
      throw DomainException.forbidden("only an identified caller may ask");
    }
    CrossBorderTransfer transfer = find(transferId);
    Optional<TransferConsent> inForce = transfers.latest(person.value(), transfer.id());
    TransferReason reason = reason(transfer, person, inForce);
    Long sequence = inForce.map(TransferConsent::sequence).orElse(null);
    audit(
        askedBy.strip(),
        reason.allows() ? "crossborder.transfer-allowed" : "crossborder.transfer-refused",
        transfer.id(),
        "for " + person.value() + ": " + reason);
    return new TransferDecision(reason.allows(), reason.name(), sequence);
  }

  private TransferReason reason(
      CrossBorderTransfer transfer, SubjectId person, Optional<TransferConsent> inForce) {
    TransferState state = state(transfer);
    if (state == TransferState.PLANNED) {
      return TransferReason.NO_IMPACT_ASSESSMENT;
    }
    if (state == TransferState.REJECTED) {
      return TransferReason.ASSESSMENT_REJECTED;
    }
    if (inForce.isEmpty()) {
      return TransferReason.NO_SEPARATE_CONSENT;
    }
    if (inForce.get().action() == ConsentAction.WITHDRAWN) {
      return TransferReason.CONSENT_WITHDRAWN;
    }
    Optional<ChildStatus> child = children.find(person.value());
    if (child.isPresent() && !child.get().hasGuardian(inForce.get().actor())) {
      return TransferReason.GUARDIAN_CONSENT_MISSING;
    }
    return TransferReason.ASSESSED_AND_CONSENTED;
  }

  /** The person acts for themselves unless they are a child; for a child only the guardian acts. */
  private ActedAs actedAs(SubjectId person, SubjectId actor) {
    Optional<ChildStatus> child = children.find(person.value());
    if (child.isPresent()) {
      if (!child.get().hasGuardian(actor.value())) {
        throw DomainException.forbidden("for a child only the recorded guardian may consent");
      }
      return ActedAs.GUARDIAN;
    }
    if (!person.equals(actor)) {
      throw DomainException.forbidden(
          "only the person may consent to a transfer of their information abroad");
    }
    return ActedAs.SELF;
  }

  private static ConsentAction parseAction(String action) {
    if ("GIVEN".equals(action)) {
      return ConsentAction.GIVEN;
    }
    if ("WITHDRAWN".equals(action)) {
      return ConsentAction.WITHDRAWN;
    }
    throw DomainException.invalid("action", "must be GIVEN or WITHDRAWN");
  }

  private CrossBorderTransfer find(String transferId) {
    if (transferId == null || transferId.isBlank()) {
      throw DomainException.invalid("transfer", "is required");
    }
    return transfers
        .find(transferId.strip())
        .orElseThrow(() -> DomainException.notFound("no such transfer abroad is registered"));
  }

  private void audit(String actor, String action, String transferId, String detail) {
    auditTrail.record(new AuditEvent(actor, action, TRANSFER, transferId, detail));
  }

  private static String key(CrossBorderTransfer transfer) {
    return AssessedProcessing.CROSS_BORDER_TRANSFER.key(null, null, transfer.id());
  }

  /** Where the transfer stands, read from the register: its latest assessment in force decides. */
  private TransferState state(CrossBorderTransfer transfer) {
    return assessments
        .inForce(key(transfer))
        .map(a -> a.allows() ? TransferState.ASSESSED : TransferState.REJECTED)
        .orElse(TransferState.PLANNED);
  }

  TransferView view(CrossBorderTransfer t) {
    Optional<ImpactAssessment> a = assessments.inForce(key(t));
    return new TransferView(
        t.id(),
        t.recipient(),
        t.country(),
        t.purpose(),
        t.dataCategories(),
        t.safeguards(),
        a.map(x -> x.allows() ? TransferState.ASSESSED : TransferState.REJECTED)
            .orElse(TransferState.PLANNED)
            .name(),
        t.registeredBy(),
        t.registeredAt(),
        a.map(ImpactAssessment::reference).orElse(null),
        a.map(ImpactAssessment::summary).orElse(null),
        a.map(ImpactAssessment::approvedBy).orElse(null),
        a.map(ImpactAssessment::registeredAt).orElse(null));
  }

  static TransferConsentView view(TransferConsent c) {
    return new TransferConsentView(
        c.sequence(),
        c.transferId(),
        c.subjectId(),
        c.action().name(),
        c.channel().name(),
        c.actor(),
        c.actedAs().name(),
        c.occurredAt());
  }
}
