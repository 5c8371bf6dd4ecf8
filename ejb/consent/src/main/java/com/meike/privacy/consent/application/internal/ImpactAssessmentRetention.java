package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.domain.assessment.ImpactAssessmentRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The register's retention rule (AUD-3, PIPL art. 56): a withdrawn impact assessment is deleted
 * once its keeping period (at least three years after it was done) has passed; one in force is kept
 * as long as it is. One call is one batch and one transaction, audited with its count.
 */
@Stateless
public class ImpactAssessmentRetention {

  @Inject ImpactAssessmentRepository assessments;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  /** Deletes at most {@code limit} due assessments in this transaction; how many. */
  public int deleteDue(int limit) {
    LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.CHINA));
    int deleted = assessments.deleteWithdrawnKeptUntilBefore(today, limit);
    if (deleted > 0) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "consent.retention.impact-assessments-deleted",
              "retention",
              "consent_impact_assessment",
              deleted
                  + " withdrawn impact assessments kept until before "
                  + today
                  + " deleted (AUD-3)"));
    }
    return deleted;
  }
}
