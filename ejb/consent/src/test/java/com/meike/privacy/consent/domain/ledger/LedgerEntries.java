package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.subject.SubjectId;
import java.time.Instant;

/** Test helper: a ledger entry of a person acting for themselves, as the rules would make it. */
public final class LedgerEntries {

  private LedgerEntries() {}

  public static ConsentEntry entry(
      String subject, String purpose, ConsentAction action, Instant at) {
    SubjectId id = SubjectId.of(subject, "subject");
    return new ConsentEntry(
        new ConsentAct(id, ConsentChannel.SETTINGS, ActedAs.SELF, id, subject),
        PurposeCode.of(purpose),
        "2026-01",
        action,
        at);
  }
}
