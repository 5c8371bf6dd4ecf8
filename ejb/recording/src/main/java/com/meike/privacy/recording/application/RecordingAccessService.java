package com.meike.privacy.recording.application;

import com.meike.privacy.recording.domain.access.ApprovalStep;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Recording-access approval (REC-7, REC-8): applications to listen to an order's recording, the two
 * approvals, and the time-limited grant they produce. Every method is one transaction that also
 * writes its audit entry; refusals are {@link com.meike.privacy.kernel.problem.DomainException}s.
 */
@Local
public interface RecordingAccessService {

  /**
   * An employee applies through the API; raises {@link RecordingAccessRequested} so the approval
   * process starts.
   */
  ApplicationView apply(ApplicationRequest request, String applicant);

  /**
   * An employee applied from Tasklist's start form: the process already runs, so no event is
   * raised.
   */
  ApplicationView applyFromProcess(ApplicationRequest request, String applicant);

  /**
   * A complaint handler applies for dispute evidence from the complaint about the order (REC-7: the
   * complaint that asks for it is the condition). Called by the complaint context only, which
   * checked that the complaint is open, is about this order and is the handler's; raises {@link
   * RecordingAccessRequested}.
   */
  ApplicationView applyForComplaint(
      ApplicationRequest request, String complaintNumber, String applicant);

  /**
   * The privacy office's review after an urgent access (REC-7): justified or not (then with a
   * comment, and the grant is revoked if still open). By someone who neither applied nor approved.
   */
  ApplicationView reviewUrgentAccess(
      String applicationId, String reviewer, boolean justified, String comment);

  /** The approver of {@code step} decides; refuses anyone but the person the step is routed to. */
  ApplicationView decide(
      String applicationId, ApprovalStep step, String approver, boolean approved, String comment);

  /** A step was left untouched for too long: record the reminder. */
  void remind(String applicationId, ApprovalStep step);

  /** The final deadline passed without both decisions: the application lapses. */
  ApplicationView lapse(String applicationId);

  /** Both steps approved: issue the grant for that order only, valid for the configured time. */
  GrantView issueGrant(String applicationId);

  /**
   * One application, for its applicant, its approvers, or a member of an oversight group ({@code
   * oversight}).
   */
  ApplicationView application(String applicationId, String viewer, boolean oversight);

  /**
   * How many recordings of the application's order can be heard (ended or failed, not destroyed),
   * for the same viewers as {@link #application}: the approvers' forms say whether there is
   * anything to hear before they decide (issue 17, item 4).
   */
  int recordingsToHear(String applicationId, String viewer, boolean oversight);

  /** The applicant's own applications, newest first. */
  List<ApplicationView> applicationsOf(String applicant);

  /** One grant, for its holder or a member of an oversight group. */
  GrantView grant(String grantId, String viewer, boolean oversight);

  /**
   * May {@code actor} open {@code orderNumber}'s recording with this grant now? Refusals are
   * audited and thrown as FORBIDDEN.
   */
  GrantView checkGrant(String grantId, String orderNumber, String actor);

  /** Revoke a grant before it expires (oversight groups only; checked by the caller). */
  GrantView revoke(String grantId, String actor, String reason);
}
