package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The complaint category's retention rule (RET-1, RET-4): an answered or closed complaint is
 * anonymised {@value #DAYS} days (default 1095, three years) after its answer — by the same code as
 * a person's erasure ({@link ComplaintPersonalData#anonymise}): complainant, text, answer, notes
 * and attachments go; subject, tiers, dates and resolution stay for the statistics (CMP-1). An open
 * complaint never matches. One call is one batch and one transaction, audited with its count.
 */
@Stateless
public class ComplaintRetention {

  public static final String DAYS = "meike.retention.complaint-days";

  @Inject ComplaintRepository complaints;

  @Inject
  @Key(DefaultComplaintService.FIELD_KEY)
  FieldCipher fields;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "1095")
  int days;

  /** Anonymises at most {@code limit} due complaints in this transaction; how many. */
  public int anonymiseDue(int limit) {
    Instant cutoff = clock.instant().minus(Duration.ofDays(days));
    List<Complaint> due = complaints.anonymisableBefore(cutoff, limit);
    int attachments = 0;
    for (Complaint complaint : due) {
      attachments += ComplaintPersonalData.anonymise(complaint, complaints, fields);
    }
    if (!due.isEmpty()) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "complaint.retention.anonymised",
              "retention",
              "complaint",
              due.size()
                  + " complaint(s) answered before "
                  + cutoff
                  + " anonymised, "
                  + attachments
                  + " attachment(s) deleted ("
                  + days
                  + "-day rule, RET-1, RET-4)"));
    }
    return due.size();
  }
}
