package com.meike.privacy.partner.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * "Tell every recipient of this person's data to delete it" (DSR-7 groundwork, PTN-4): one {@code
 * deletion.order} message to each partner the disclosure log shows received the person's data, each
 * needing the partner's acknowledgement, tracked until all arrive. In the caller's transaction
 * (order, messages and audit commit together); the bpmn module follows each order up through {@link
 * DeletionOrderPlaced} and {@link DeletionOrderReplied}.
 */
@Local
public interface PartnerDeletionOrders {

  /**
   * Writes the order and its messages. A person whose data went to no partner gets an order that is
   * complete at once.
   *
   * <p>A missing or malformed {@code subject} is refused by the container before the service runs
   * (a constraint violation the web layer answers with 400 naming {@code subject}).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code reason} when
   *     blank or longer than 500 characters; FORBIDDEN without an actor
   */
  DeletionOrderView orderDeletion(
      @NotNull(message = "is required") @Valid SubjectId subject, String reason, String actor);

  /**
   * The same for a service that shuts down (SHUT-1): only to those of {@code partners} that
   * received the person's data for one of {@code purposes}, naming only those messages. A person
   * whose data went to none of them gets an order complete at once, with no recipients.
   */
  DeletionOrderView orderDeletion(
      @NotNull(message = "is required") @Valid SubjectId subject,
      java.util.Set<String> partners,
      java.util.Set<String> purposes,
      String reason,
      String actor);

  /**
   * {@link #orderDeletion(SubjectId, java.util.Set, java.util.Set, String, String)} for a whole
   * page of people at once (SHUT-1 at size): their disclosures read together, then for each person
   * whose data went to one of {@code partners} for one of {@code purposes} their own order — one
   * {@code deletion.order} message per partner naming that person only (the wire contract is
   * unchanged), each order followed by its own {@code partner-deletion-order} process. People whose
   * data went to none of them get no order (nobody to tell). One audit entry for the batch: the
   * count, the people's range and the digest of the sorted {@code orderId accountId} lines.
   *
   * @return how many orders were placed
   *     <p>A missing or malformed subject is refused by the container before the service runs.
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code reason};
   *     FORBIDDEN without an actor
   */
  int orderDeletions(
      @NotNull(message = "is required") java.util.Collection<@NotNull @Valid SubjectId> subjects,
      java.util.Set<String> partners,
      java.util.Set<String> purposes,
      String reason,
      String actor);

  /**
   * The order with each partner's standing; reading it is audited (it names the person).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown id
   */
  DeletionOrderView order(String orderId, String viewer);
}
