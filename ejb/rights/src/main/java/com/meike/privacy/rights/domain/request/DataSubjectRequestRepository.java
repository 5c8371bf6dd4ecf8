package com.meike.privacy.rights.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of requests, their access packages and erasure records (rights tables only). */
public interface DataSubjectRequestRepository {

  void add(DataSubjectRequest request);

  Optional<DataSubjectRequest> find(String id);

  /** The request, locked for the change that follows (two handlers: the second waits, then sees the state). */
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
}
