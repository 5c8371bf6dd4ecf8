package com.meike.privacy.partner.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.rights.RetentionJob;
import com.meike.privacy.partner.domain.disclosure.DisclosureRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The disclosure log's retention rule (RET-1, PTN-5): an entry — which partner received which
 * fields of whom, for which purpose, when — is deleted {@value #DAYS} days (default 1095, three
 * years, the record period GB/T 35273 9.2 asks for such logs) after the disclosure. Until then it
 * is what a person's access package and a deletion order are built from. One call is one batch and
 * one transaction, audited with its count.
 */
@Stateless
public class DisclosureRetention {

  private static final RetentionJob.Rule RULE =
      new RetentionJob.Rule(
          "partner.retention.disclosures-deleted",
          "partner_disclosure",
          "%1$d disclosure-log entries older than %2$s deleted (%3$d-day rule, RET-1)");

  public static final String DAYS = "meike.retention.disclosure-days";

  @Inject DisclosureRepository disclosures;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "1095")
  int days;

  /** Deletes at most {@code limit} due entries in this transaction; how many. */
  public int deleteDue(int limit) {
    return RULE.apply(clock, days, limit, disclosures::deleteDisclosedBefore, auditTrail::record);
  }
}
