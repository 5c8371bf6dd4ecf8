package com.meike.privacy.rights.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;

/**
 * Service shutdowns (SHUT-1, Part 2 §I(十一) 4; RET-1..4, DSR-7, PTN-4): the registry of services
 * that collect, the request, and the steps the {@code shutdown-data-disposal} process performs —
 * approval (collection stops at that instant), notices in batches, disposal in batches on the date,
 * partner deletion orders, the verification and its sign-off. Every method is one transaction with
 * its audit entry; refusals are {@link com.meike.privacy.kernel.problem.DomainException}s naming
 * the field.
 */
@Local
public interface Shutdowns {

  /** The services that collect personal information, with their purposes and partners. */
  List<ServiceView> services();

  /**
   * The privacy officer or the head of operations asks to shut a service down on a date at least
   * the configured working days ahead ({@code meike.rights.shutdown-notice-working-days}, 30).
   * Raises {@link ShutdownRequested}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code service},
   *     {@code shutdownDate} or {@code reason}; FORBIDDEN for operations staff who are not its
   *     head; CONFLICT when the service already has a shutdown under way
   */
  ShutdownView request(ShutdownRequest request, String actor, Set<String> groups);

  /**
   * The same request for a {@code shutdown-data-disposal} process a person started from Tasklist's
   * start form: the same checks, but no {@link ShutdownRequested} (the process that asks is already
   * running).
   */
  ShutdownView requestFromProcess(ShutdownRequest request, String actor, Set<String> groups);

  /** One shutdown, for staff of the groups that may see it; audited. */
  ShutdownView shutdown(String id, String viewer);

  /**
   * The privacy officer's decision: approving stops collection for the service's purposes at once
   * (the date is checked again against the notice period); rejecting ends the shutdown.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code comment};
   *     CONFLICT unless requested
   */
  ShutdownView decide(String id, boolean approve, String comment, String officer);

  /**
   * Starts the shutdown's notice campaign (once) and records its progress on the shutdown; returns
   * how many people are still pending (at least 1 while the campaign runs), 0 when it is finished.
   * {@code batch} is unused: the campaign sends in its own batches.
   */
  int noticeBatch(String id, int batch);

  /** The public announcement for everyone not reached one by one; notices complete. */
  ShutdownView announce(String id);

  /**
   * Disposes of the next {@code batch} affected people (one transaction): each context's {@link
   * com.meike.privacy.kernel.rights.PersonalDataHolder#eraseFor} and a partner deletion order per
   * person to the service's partners. The people are those any context names through {@link
   * com.meike.privacy.kernel.rights.PersonalDataHolder#subjectsFor}, merged a page at a time.
   * Returns how many were disposed of, 0 when the disposal is complete (then the shutdown is
   * DISPOSED). Idempotent and resumable: a cursor in the shutdown's row.
   */
  int disposalBatch(String id, int batch);

  /**
   * Asks every context what it still holds for the service ({@link
   * com.meike.privacy.kernel.rights.PersonalDataHolder#remainingFor}: tables, sealed file stores,
   * the partner outbox) and adds {@code engine}, what the process engine's own tables hold that
   * they should not (counted by the caller, the bpmn module: contexts do not see the engine);
   * stores the lines and returns the report.
   */
  DisposalReport verify(String id, java.util.Map<String, Long> engine);

  /** A failed verification sends the process back to disposal. */
  ShutdownView disposeAgain(String id);

  /**
   * The privacy officer signs the verification off.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT when anything is left
   */
  ShutdownView signOff(String id, String officer, String comment);

  /** The disposal report: counts per context before and after, what is kept and why. */
  DisposalReport report(String id, String viewer);
}
