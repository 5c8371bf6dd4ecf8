package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent context's part of access and erasure (DSR-1, CON-1): the person's consent history and
 * current state per purpose. The append-only ledger is kept on erasure: it proves what was consented
 * while the account existed (RET-2); its entries hold account ids and purpose codes only.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class ConsentPersonalData implements PersonalDataHolder {

  @Inject ConsentLedger ledger;
  @Inject com.meike.privacy.consent.domain.ledger.ConsentEntryRepository entries;
  @Inject com.meike.privacy.consent.domain.policy.PolicyVersionRepository policies;
  @Inject com.meike.privacy.audit.application.AuditTrail auditTrail;
  @Inject java.time.Clock clock;

  @Override
  public String context() {
    return "consent";
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("history", ledger.history(subject, actor, true));
    data.put("state", ledger.state(subject, actor, true));
    return new Export(context(), data);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    return new Erasure(context(), 0, 0,
        List.of("consent ledger kept: proof of what was consented while the account existed (CON-1, RET-2); ids and purpose codes only"));
  }

  /**
   * A service shuts down (SHUT-1): the person's consent to its purposes ends (a withdrawal entry
   * recorded by the shutdown), so nothing is collected or used for them again; the ledger is kept as
   * proof (RET-2). Counted as anonymised: the consent no longer links the person to the service's use.
   */
  @Override
  public Erasure eraseFor(String subject, java.util.Set<String> purposes, String reason, String actor) {
    String version = policies.currentVersion().orElse("-");
    int ended = 0;
    for (String purpose : new java.util.TreeSet<>(purposes)) {
      var entry = com.meike.privacy.consent.domain.ledger.ConsentRules.endedByShutdown(
          entries.latest(subject, purpose), version, actor, clock.instant());
      if (entry.isPresent()) {
        entries.append(entry.get());
        ended++;
      }
    }
    if (ended > 0) {
      auditTrail.record(new com.meike.privacy.kernel.audit.AuditEvent(actor, "consent.ended-by-shutdown", "subject", subject,
          ended + " consent(s) to " + String.join(", ", new java.util.TreeSet<>(purposes)) + " ended: " + reason));
    }
    return new Erasure(context(), 0, ended,
        List.of("consent ledger kept: proof of what was consented before the shutdown (CON-1, RET-2)"));
  }
}
