package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.domain.ledger.ConsentHistoryRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consent ledger's retention rule (RET-1; the reasoning is in the README, "Consent history"):
 *
 * <ul>
 *   <li>the entry in force for a person and purpose (the current state) is kept while the account
 *       exists — the consent check reads it;
 *   <li>an entry superseded by a later one (a consent given and then withdrawn, a withdrawal given
 *       again) is kept {@value #YEARS} years (default 3) after the entry that superseded it, as
 *       proof that what was done before was consented, then deleted;
 *   <li>a closed account's whole ledger is kept {@value #YEARS} years after the closing, then
 *       deleted with the account's child status and re-consent requirements and, once nothing is
 *       left, the note of the closing.
 * </ul>
 *
 * <p>One call is one batch and one transaction, audited with its count; a deleted entry no longer
 * matches, so several nodes may run it.
 */
@Stateless
public class ConsentHistoryRetention {

  public static final String YEARS = "meike.retention.consent-history-years";

  @Inject ConsentHistoryRepository history;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = YEARS, defaultValue = "3")
  int years;

  /**
   * Deletes at most {@code limit} due entries (superseded ones first, then closed accounts'); how
   * many.
   */
  public int deleteDue(int limit) {
    Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minusYears(years).toInstant();
    int superseded = history.deleteSupersededBefore(cutoff, limit);
    // the child status and re-consent requirements first: the note of the closing goes with the
    // last of the account's rows
    int records =
        superseded < limit
            ? history.deleteClosedAccountRecordsBefore(cutoff, limit - superseded)
            : 0;
    int closed =
        superseded + records < limit
            ? history.deleteClosedBefore(cutoff, limit - superseded - records)
            : 0;
    if (superseded + records + closed > 0) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "consent.retention.history-deleted",
              "retention",
              "consent_entry",
              superseded
                  + " superseded consent entr(ies) and "
                  + closed
                  + " entr(ies) and "
                  + records
                  + " child-status and re-consent row(s) of accounts closed before "
                  + cutoff
                  + " deleted ("
                  + years
                  + "-year rule, RET-1)"));
    }
    return superseded + records + closed;
  }
}
