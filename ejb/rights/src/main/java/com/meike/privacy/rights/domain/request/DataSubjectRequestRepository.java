package com.meike.privacy.rights.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of requests, their access packages and erasure records (rights tables only). */
public interface DataSubjectRequestRepository {

  void add(DataSubjectRequest request);

  Optional<DataSubjectRequest> find(String id);

  /**
   * The request, locked for the change that follows (two handlers: the second waits, then sees the
   * state).
   */
  Optional<DataSubjectRequest> lock(String id);

  /** Requests the account made or that are about it, newest first. */
  List<DataSubjectRequest> concerning(String account);

  /** How many requests of {@code kind} about {@code subject} were received since {@code since}. */
  long countSince(String subject, RequestKind kind, Instant since);

  void addPackage(AccessPackage accessPackage);

  Optional<AccessPackage> lockPackage(String requestId);

  Optional<AccessPackage> packageOf(String requestId);

  void addErasure(ErasureRecord record);

  List<ErasureRecord> erasuresOf(String requestId);

  /**
   * Deletes the sealed content of at most {@code limit} access packages built before {@code cutoff}
   * and not downloaded (RET-1); the row stays as the record that one was built. How many.
   */
  int expirePackagesBuiltBefore(java.time.Instant cutoff, int limit);

  /**
   * Anonymises at most {@code limit} closed requests (fulfilled, refused or not verified) received
   * before {@code cutoff} (RET-1, RET-4): the person, the requester, the verifier and answerer, the
   * sealed details and answer, the links to the deletion order and the complaint go; kind, channel,
   * state, grounds, dates and the erasure counts stay. A request done no longer matches. How many.
   */
  int anonymiseClosedBefore(java.time.Instant cutoff, int limit);

  /**
   * Deletes at most {@code limit} erasure records (what each context did for a deletion or
   * cancellation) written before {@code cutoff}, oldest first (RET-1). How many.
   */
  int deleteErasuresBefore(java.time.Instant cutoff, int limit);
}
