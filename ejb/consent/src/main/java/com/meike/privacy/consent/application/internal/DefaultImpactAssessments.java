package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ImpactAssessments;
import com.meike.privacy.consent.domain.assessment.AssessedProcessing;
import com.meike.privacy.consent.domain.assessment.AssessmentConclusion;
import com.meike.privacy.consent.domain.assessment.ImpactAssessment;
import com.meike.privacy.consent.domain.assessment.ImpactAssessmentRepository;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.crossborder.CrossBorderRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link ImpactAssessments}: one container-managed transaction per call, registering and
 * withdrawing audited ({@code impact-assessment.registered}, {@code …withdrawn}). Audit details
 * name the processing and the conclusion, never personal information.
 */
@Stateless
@jakarta.validation.executable
    .ValidateOnExecution // or the server skips the interface's constraints
public class DefaultImpactAssessments implements ImpactAssessments {

  static final String ASSESSMENT = "impact-assessment";
  public static final String KEEP_YEARS = "meike.retention.impact-assessment-years";

  @Inject ImpactAssessmentRepository assessments;
  @Inject PurposeRepository purposes;
  @Inject CrossBorderRepository transfers;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = KEEP_YEARS, defaultValue = "3")
  int keepYears;

  @Override
  public AssessmentView register(AssessmentRecord record, String actor) {
    if (record == null) {
      throw DomainException.invalid("processing", "is required");
    }
    AssessedProcessing processing =
        parse(AssessedProcessing.class, record.processing(), "processing");
    AssessmentConclusion conclusion =
        parse(AssessmentConclusion.class, record.conclusion(), "conclusion");
    ImpactAssessment assessment =
        ImpactAssessment.record(
            processing,
            record.purpose(),
            record.partner(),
            record.transfer(),
            conclusion,
            record.reference(),
            record.summary(),
            record.assessedOn(),
            record.approvedBy(),
            actor,
            clock.instant(),
            LocalDate.now(clock.withZone(CHINA)),
            keepYears);
    if (assessment.purpose() != null
        && purposes.find(PurposeCode.of(assessment.purpose())).isEmpty()) {
      throw DomainException.invalid(
          "purpose", "'" + assessment.purpose() + "' is not in the purpose catalogue");
    }
    if (assessment.transfer() != null && transfers.find(assessment.transfer()).isEmpty()) {
      throw DomainException.invalid(
          "transfer", "no transfer abroad '" + assessment.transfer() + "' is registered");
    }
    assessments.store(assessment);
    auditTrail.record(
        new AuditEvent(
            actor,
            "impact-assessment.registered",
            ASSESSMENT,
            assessment.id(),
            assessment.processingKey()
                + " "
                + assessment.conclusion()
                + ", approved by "
                + assessment.approvedBy()
                + ", kept until "
                + assessment.keepUntil()));
    return view(assessment, true);
  }

  @Override
  public AssessmentView withdraw(String id, String reason, String actor) {
    ImpactAssessment assessment = find(id);
    assessment.withdraw(reason, actor, clock.instant());
    auditTrail.record(
        new AuditEvent(
            actor,
            "impact-assessment.withdrawn",
            ASSESSMENT,
            assessment.id(),
            assessment.processingKey()
                + " no longer allowed by it; kept until "
                + assessment.keepUntil()));
    return view(assessment, false);
  }

  @Override
  public List<AssessmentView> assessments() {
    List<ImpactAssessment> all = assessments.all();
    Map<String, ImpactAssessment> latest = new HashMap<>();
    for (ImpactAssessment a : all) {
      if (a.withdrawnAt() == null) {
        latest.merge(
            a.processingKey(), a, (x, y) -> x.registeredAt().isAfter(y.registeredAt()) ? x : y);
      }
    }
    return all.stream().map(a -> view(a, latest.get(a.processingKey()) == a)).toList();
  }

  @Override
  public AssessmentView assessment(String id) {
    ImpactAssessment assessment = find(id);
    return view(
        assessment,
        assessments.inForce(assessment.processingKey()).filter(assessment::equals).isPresent());
  }

  @Override
  public Optional<AssessmentView> allowingSharing(
      String partner, com.meike.privacy.kernel.purpose.PurposeCode purpose) {
    return allowing(
            assessments, AssessedProcessing.PARTNER_SHARING.key(purpose.value(), partner, null))
        .map(a -> view(a, true));
  }

  /** The latest assessment in force for {@code key} if it allows the processing. */
  static Optional<ImpactAssessment> allowing(ImpactAssessmentRepository assessments, String key) {
    return assessments.inForce(key).filter(ImpactAssessment::allows);
  }

  private ImpactAssessment find(String id) {
    if (id == null || id.isBlank()) {
      throw DomainException.invalid("id", "is required");
    }
    return assessments
        .find(id.strip())
        .orElseThrow(() -> DomainException.notFound("no such impact assessment is registered"));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  static AssessmentView view(ImpactAssessment a, boolean latest) {
    return new AssessmentView(
        a.id(),
        a.processing().name(),
        a.processing().label(),
        a.purpose(),
        a.partner(),
        a.transfer(),
        a.conclusion().name(),
        a.reference(),
        a.summary(),
        a.assessedOn(),
        a.approvedBy(),
        a.registeredBy(),
        a.registeredAt(),
        a.keepUntil(),
        latest && a.allows(),
        a.withdrawnAt(),
        a.withdrawnBy(),
        a.withdrawalReason());
  }
}
