package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.domain.ledger.ConsentEntry;
import com.meike.privacy.consent.domain.ledger.ConsentRules;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.rights.ServiceScope;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consent context's part of access and erasure (DSR-1, CON-1): the person's consent history and
 * current state per purpose. A deletion request leaves the ledger (the account and its consents go
 * on); an account cancellation deletes the person's rows of the consent check and notes the
 * closing, and the ledger — proof of what was consented while the account existed — is deleted by
 * {@link ConsentHistoryRetention} after its keeping years. Its entries hold account ids and purpose
 * codes only.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class ConsentPersonalData implements PersonalDataHolder {

  @Inject ConsentLedger ledger;
  @Inject com.meike.privacy.consent.domain.ledger.ConsentEntryRepository entries;
  @Inject com.meike.privacy.consent.domain.policy.PolicyVersionRepository policies;
  @Inject com.meike.privacy.audit.application.AuditTrail auditTrail;
  @Inject java.time.Clock clock;
  @Inject com.meike.privacy.consent.application.ConsentedSubjects consented;
  @Inject com.meike.privacy.consent.domain.ledger.ConsentHistoryRepository history;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = ConsentHistoryRetention.YEARS,
      defaultValue = "3")
  int historyYears;

  @Override
  public String context() {
    return "consent";
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    SubjectId person = SubjectId.of(subject);
    data.put("history", ledger.history(person, actor, true));
    data.put("state", ledger.state(person, actor, true));
    return new Export(context(), data);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    if (!closingAccount) {
      return new Erasure(
          context(),
          0,
          0,
          List.of(
              "consent ledger kept while the account exists: the entries in force are"
                  + " the current state; superseded entries are kept "
                  + historyYears
                  + " years as proof, then deleted (RET-1)"));
    }
    int rows = history.closed(subject, clock.instant());
    auditTrail.record(
        new com.meike.privacy.kernel.audit.AuditEvent(
            actor,
            "consent.account-closed",
            "subject",
            subject,
            rows
                + " consent check row(s) deleted; the ledger is deleted "
                + historyYears
                + " years after the closing"));
    return new Erasure(
        context(),
        rows,
        0,
        List.of(
            "consent ledger kept "
                + historyYears
                + " years after the closing as proof"
                + " of what was consented while the account existed (PIPL art. 15, 69; Civil Code art. 188), then deleted by the"
                + " consent-history retention job; ids and purpose codes only"));
  }

  /** One person of {@link #eraseForAll}. */
  @Override
  public Erasure eraseFor(String subject, ServiceScope service, String reason, String actor) {
    return eraseForAll(List.of(subject), service, reason, actor).of(subject);
  }

  /**
   * A service shuts down (SHUT-1), a page of people at once: their consent to its purposes ends (a
   * withdrawal entry recorded by the shutdown), so nothing is collected or used for them again; the
   * ledger is kept as proof (RET-2). Counted as anonymised: the consent no longer links the person
   * to the service's use. The entries in force are read with one query per 1,000 people, the
   * withdrawals appended with one flush, and one audit entry names the count, the people's range
   * and the digest of the sorted {@code accountId purpose} lines ended. A city's service ends no
   * consent: consent is not per city, and the same purpose goes on in the other cities.
   */
  @Override
  public BatchErasure eraseForAll(
      List<String> subjects, ServiceScope service, String reason, String actor) {
    if (service.inCity().isPresent()) {
      return new BatchErasure(
          context(),
          0,
          0,
          List.of(
              "consent is not per city: consent to "
                  + service.purposesText()
                  + " stays in force for the other cities"),
          Map.of());
    }
    String version = policies.currentVersion().orElse("-");
    List<ConsentEntry> withdrawals = new ArrayList<>();
    Set<String> people = new TreeSet<>();
    List<String> ended = new ArrayList<>();
    for (var latest : entries.latestOf(subjects, service.purposes())) {
      ConsentRules.endedByShutdown(Optional.of(latest), version, actor, clock.instant())
          .ifPresent(
              withdrawal -> {
                withdrawals.add(withdrawal);
                people.add(latest.subjectId());
                ended.add(latest.subjectId() + " " + latest.purposeCode());
              });
    }
    // In the order one person at a time would append them: by person, then purpose.
    withdrawals.sort(
        Comparator.comparing(ConsentEntry::subjectId).thenComparing(ConsentEntry::purposeCode));
    entries.appendAll(withdrawals);
    if (!withdrawals.isEmpty()) {
      auditTrail.record(
          new AuditEvent(
              actor,
              "consent.ended-by-shutdown",
              "service",
              service.code(),
              withdrawals.size()
                  + " consent(s) to "
                  + service.purposesText()
                  + " ended, of "
                  + DisposalDigest.of(people).people()
                  + "; "
                  + DisposalDigest.of(ended)
                  + " (sorted 'accountId purpose' lines): "
                  + reason));
    }
    return new BatchErasure(
        context(),
        0,
        withdrawals.size(),
        List.of(
            "consent ledger kept: proof of what was consented before the shutdown (CON-1, RET-2)"),
        Map.of());
  }

  /**
   * People with consent in force to one of the service's purposes (not for a city's service:
   * consent knows no city).
   */
  @Override
  public List<String> subjectsFor(
      com.meike.privacy.kernel.rights.ServiceScope service, String after, int limit) {
    return service.inCity().isPresent()
        ? List.of()
        : consented.page(service.purposes(), after, limit);
  }

  /** Consents still in force to the service's purposes. */
  @Override
  public Remaining remainingFor(com.meike.privacy.kernel.rights.ServiceScope service) {
    if (service.inCity().isPresent()) {
      return new Remaining(context(), Map.of(), Map.of());
    }
    return new Remaining(
        context(),
        Map.of(
            "people with consent in force to " + service.purposesText(),
            consented.count(service.purposes())),
        Map.of());
  }
}
