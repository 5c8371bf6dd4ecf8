package com.meike.privacy.kernel.rights;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The only way out of the archive vault (RET-2, DISC-1): what the law required to keep of a person
 * after their deletion or cancellation ({@link LegalMinimum}), opened for an approved lawful
 * disclosure and for nothing else. Implemented by the rights context, which owns the vault; used by
 * the lawful context's disclosure path alone (ArchitectureTest: no other class may depend on this
 * type). A port in the kernel so that lawful needs no dependency on rights.
 */
public interface ArchiveReader {

  /**
   * Whether the vault holds anything about {@code subject} (an account id, possibly of a closed
   * account) — so that an authority's request about a closed account can be registered. Counts
   * nothing, opens nothing; audited as a look-up by {@code actor}.
   */
  boolean holdsAbout(String subject, String actor);

  /**
   * Opens the records about {@code subject} of the {@code categories} (purpose codes) for the
   * lawful disclosure {@code disclosureRequestId}, decided by {@code reader}; audited with the
   * request id and counts. Records past their keeping date are not returned (they are due for
   * deletion).
   */
  List<ArchivedRecord> openForDisclosure(
      String subject, Set<String> categories, String disclosureRequestId, String reader);

  /**
   * One archived record, opened: its category and, as a JSON object text, what was sealed — {@code
   * {"category", "reference", "request" (the data-subject request that erased it), "content"}}.
   */
  record ArchivedRecord(
      String category,
      String recordJson,
      String legalBasis,
      Instant depositedAt,
      Instant keepUntil) {}
}
