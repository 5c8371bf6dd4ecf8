package com.meike.privacy.incidents.application;

import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;

/**
 * Complaints (CMP-1): filing, the operations the {@code complaint-escalation} process performs, and
 * views. Every method is one transaction that also writes its audit entry; refusals are {@link
 * com.meike.privacy.kernel.problem.DomainException}s. Deadlines are computed here, on the PRC
 * working-day calendar, and the process's timers follow them.
 */
@Local
public interface ComplaintService {

  /**
   * A complainant (an app account) files; raises {@link ComplaintFiled} so the process starts. A
   * complaint that names an order needs an existing order the complainant placed, serves, or that
   * was placed by a child recorded with the complainant as guardian; it puts a legal hold on the
   * order's recordings in the same transaction (REC-6).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code about},
   *     {@code orderNumber} (also for an unknown order) or {@code text} — a malformed order number
   *     is refused on this interface (Bean Validation); FORBIDDEN naming {@code orderNumber} for
   *     somebody else's order
   */
  ComplaintView file(@Valid ComplaintFiling filing, String complainant);

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

  /** The answered complaint is closed; the legal hold it placed is released (other holds stay). */
  ComplaintView close(String number);

  /**
   * One complaint for a handler with its evidence (attachments, linked recording-access
   * applications and their state); audited. {@code groups} are the caller's staff groups: the group
   * of the complaint's current tier, or the privacy officer, may read it; anybody else gets
   * NOT_FOUND.
   */
  ComplaintView complaintForHandler(String number, String handler, Set<String> groups);

  /**
   * The complainant attaches a file while the complaint is open; stored sealed; raises {@link
   * ComplaintEvidenceChanged}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
   *     INVALID_INPUT ({@code name}, empty content), CONFLICT (closed, too many), NOT_FOUND
   */
  ComplaintView.AttachmentView attach(
      String number, String complainant, String name, String contentType, byte[] content);

  /** The attachments of the complainant's own complaint. */
  List<ComplaintView.AttachmentView> attachmentsOf(String number, String complainant);

  /**
   * An attachment's content for a handler of the complaint (same rule as {@link
   * #complaintForHandler}); audited.
   */
  AttachmentDownload download(
      String number, String attachmentId, String handler, Set<String> groups);

  /** The largest attachment accepted, in bytes (the web layer stops reading beyond it). */
  long attachmentMaxBytes();

  /**
   * A handler of the complaint applies to listen to the order's recording as dispute evidence:
   * starts {@code recording-access-approval} (use DISPUTE_EVIDENCE) and links the application to
   * the complaint; raises {@link ComplaintEvidenceChanged}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT when the complaint names no
   *     order or is no longer open; INVALID_INPUT {@code reason}; FORBIDDEN when the handler is not
   *     in the staff directory
   */
  ComplaintView.RecordingAccessView applyForRecordingAccess(
      String number, String handler, Set<String> groups, String reason);

  /** The complaint a recording-access application was made from, if any. */
  java.util.Optional<String> complaintOfRecordingAccess(String applicationId);

  /** Open by tier, overdue, average time to answer. */
  ComplaintStatistics statistics();
}
