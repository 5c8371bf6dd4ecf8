package com.meike.privacy.api.consent;

import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.kernel.problem.DomainException;

/** The {@code action} field of every consent request body: GIVEN or WITHDRAWN, to the ledger. */
public final class ConsentActions {

  private ConsentActions() {}

  /**
   * Gives or withdraws, as {@code action} says.
   *
   * @throws DomainException INVALID_INPUT on {@code action} for anything else
   */
  public static ConsentEntryView record(
      ConsentLedger ledger, String action, ConsentRequest request, String recordedBy) {
    if ("GIVEN".equals(action)) {
      return ledger.give(request, recordedBy);
    }
    if ("WITHDRAWN".equals(action)) {
      return ledger.withdraw(request, recordedBy);
    }
    throw DomainException.invalid("action", "'action' must be GIVEN or WITHDRAWN.");
  }
}
