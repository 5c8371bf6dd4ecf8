package com.meike.privacy.rights.domain.shutdown;

import java.util.List;
import java.util.Optional;

/**
 * The service registry, the shutdowns and their counts (unit {@code rights}; joins the caller's
 * transaction).
 */
public interface ShutdownRepository {

  List<CollectingService> services();

  Optional<CollectingService> service(String code);

  void add(Shutdown shutdown);

  Optional<Shutdown> find(String id);

  /** The shutdown, locked for the rest of the transaction (a batch at a time). */
  Optional<Shutdown> lock(String id);

  /** Shutdowns of a service in any of these states. */
  List<Shutdown> ofService(String serviceCode, java.util.Collection<ShutdownState> states);

  /** Shutdowns in any of these states (the collection stops: a handful at most). */
  List<Shutdown> inStates(java.util.Collection<ShutdownState> states);

  /** The counts of a shutdown, one per context. */
  List<DisposalCount> counts(String shutdownId);

  /** The count of one context, created when missing. */
  DisposalCount count(String shutdownId, String context);

  /** The last verification's lines of a shutdown, by context and category. */
  List<RemainingCount> remaining(String shutdownId);

  /** Replaces the verification's lines of a shutdown. */
  void replaceRemaining(String shutdownId, List<RemainingCount> lines);

  /**
   * Anonymises at most {@code limit} closed shutdowns — verified before {@code cutoff}, or rejected
   * before it — oldest first (RET-1, RET-4): who requested, decided and verified it, the decision's
   * comment and the disposal's and notices' cursors (account ids) go; the service, dates, state and
   * counts stay, and so does the collection stop the record stands for. A shutdown done no longer
   * matches. How many.
   */
  int anonymiseClosedBefore(java.time.Instant cutoff, int limit);
}
