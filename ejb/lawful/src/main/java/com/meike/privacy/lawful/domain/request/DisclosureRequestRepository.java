package com.meike.privacy.lawful.domain.request;

import java.util.List;
import java.util.Optional;

/** Where disclosure requests, their documents and packages are kept. */
public interface DisclosureRequestRepository {

  void add(DisclosureRequest request, DisclosureDocument document);

  Optional<DisclosureRequest> find(String id);

  /** Every request, newest first, at most {@code limit}. */
  List<DisclosureRequest> latest(int limit);

  /** The requests whose package was built at or after {@code since} (AUD-4). */
  List<DisclosureRequest> packagedSince(java.time.Instant since);

  /** How many requests concern the person (for their access and erasure records; never which). */
  long countConcerning(String subjectId);

  Optional<DisclosureDocument> document(String requestId);

  void addPackage(DisclosurePackage disclosurePackage);

  Optional<DisclosurePackage> packageOf(String requestId);

  /** The package, locked for the rest of the transaction (the one-time key handover). */
  Optional<DisclosurePackage> lockPackage(String requestId);
}
