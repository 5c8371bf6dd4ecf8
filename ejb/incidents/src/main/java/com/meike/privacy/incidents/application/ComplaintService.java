package com.meike.privacy.incidents.application;

import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Complaints (CMP-1): filing, the operations the {@code complaint-escalation} process performs,
 * and views. Every method is one transaction that also writes its audit entry; refusals are {@link
 * com.meike.privacy.kernel.problem.DomainException}s. Deadlines are computed here, on the PRC
 * working-day calendar, and the process's timers follow them.
 */
@Local
public interface ComplaintService {

  /** A complainant (an app account) files; raises {@link ComplaintFiled} so the process starts. */
  ComplaintView file(ComplaintFiling filing, String complainant);

  /** One complaint for a staff member or the process ({@code viewer} is audited). */
  ComplaintView complaint(String number, String viewer);

  /** One complaint for its complainant; somebody else's is NOT_FOUND. */
  ComplaintView complaintOf(String number, String complainant);

  /** The complainant's complaints, newest first. */
  List<ComplaintView> complaintsOf(String complainant);

  /** A handler escalates (with a reason), or the process does when a tier's deadline passed. */
  ComplaintView escalate(String number, ComplaintTier to, String actor, String reason);

  /** A handler asks the complainant for information; the clock stops. */
  ComplaintView requestInformation(String number, String handler, String question);

  /** The complainant replies; the clock runs again; raises {@link ComplaintInformationProvided}. */
  ComplaintView informationReceived(String number, String complainant, String reply);

  /** The wait for a reply reached its limit; the clock runs again. */
  ComplaintView informationNotReceived(String number);

  /** A handler answers; {@code resolution} is UPHELD, PARTIALLY_UPHELD or NOT_UPHELD. */
  ComplaintView answer(String number, String handler, String text, String resolution);

  /** A tier's deadline is near: record the reminder. */
  void remind(String number, ComplaintTier tier);

  /** The final deadline passed without an answer: mark the complaint overdue. */
  ComplaintView markDeadlineMissed(String number);

  /** The answered complaint is closed. */
  ComplaintView close(String number);

  /** Open by tier, overdue, average time to answer. */
  ComplaintStatistics statistics();
}
