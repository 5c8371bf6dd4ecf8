package com.meike.privacy.rights.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.identity.application.AccountLookup;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.lawful.application.LawfulDisclosures;
import com.meike.privacy.partner.application.AbroadCount;
import com.meike.privacy.partner.application.Disclosures;
import com.meike.privacy.rights.application.RegulatoryCounters;
import com.meike.privacy.rights.domain.counters.Limits;
import com.meike.privacy.rights.domain.counters.RegulatoryThreshold;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link RegulatoryCounters} from each context's own records, through its service: the disclosure
 * log and the partners' countries (partner) together with the lawful-disclosure packages built for
 * a foreign authority (lawful; a person counted once however their data went abroad), the child
 * register (consent), the accounts (identity). No SQL across contexts; nothing is stored, so
 * nothing can drift from the records.
 *
 * <p>Configuration (statutory defaults): {@code meike.regulatory.abroad-sensitive-people} (10,000),
 * {@code …abroad-people} (100,000), {@code …abroad-people-assessment} (1,000,000), {@code
 * …total-people} (10,000,000), {@code …warn-at-percent} (80).
 */
@Stateless
public class DefaultRegulatoryCounters implements RegulatoryCounters {

  @Inject Disclosures disclosures;
  @Inject LawfulDisclosures lawful;
  @Inject ChildRegister children;
  @Inject AccountLookup accounts;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "meike.regulatory.abroad-sensitive-people", defaultValue = "10000")
  long abroadSensitive;

  @Inject
  @ConfigProperty(name = "meike.regulatory.abroad-people", defaultValue = "100000")
  long abroad;

  @Inject
  @ConfigProperty(name = "meike.regulatory.abroad-people-assessment", defaultValue = "1000000")
  long abroadLarge;

  @Inject
  @ConfigProperty(name = "meike.regulatory.total-people", defaultValue = "10000000")
  long totalPeople;

  @Inject
  @ConfigProperty(name = "meike.regulatory.warn-at-percent", defaultValue = "80")
  int warnAtPercent;

  /**
   * AUD-4: adds the people whose information a lawful-disclosure package took abroad since 1
   * January (a foreign authority's request with a PRC approval) and the partner log does not
   * already count.
   */
  AbroadCount withLawfulPackages(AbroadCount partners) {
    List<LawfulDisclosures.AbroadSubject> packaged =
        lawful.packagedAbroadSince(
            partners.since().atStartOfDay(WorkingDayCalendar.CHINA).toInstant());
    java.util.Set<String> all = new java.util.HashSet<>();
    java.util.Set<String> sensitive = new java.util.HashSet<>();
    packaged.forEach(
        p -> {
          all.add(p.subject());
          if (p.sensitive()) {
            sensitive.add(p.subject());
          }
        });
    long extra = all.size() - disclosures.abroadThisYearAmong(all, false).size();
    long extraSensitive =
        sensitive.size() - disclosures.abroadThisYearAmong(sensitive, true).size();
    return new AbroadCount(
        partners.since(), partners.people() + extra, partners.sensitivePeople() + extraSensitive);
  }

  @Override
  public CountersView counters(String viewer) {
    Limits limits =
        new Limits(
            Map.of(
                RegulatoryThreshold.ABROAD_SENSITIVE, abroadSensitive,
                RegulatoryThreshold.ABROAD, abroad,
                RegulatoryThreshold.ABROAD_LARGE, abroadLarge,
                RegulatoryThreshold.TOTAL_PEOPLE, totalPeople),
            warnAtPercent);
    AbroadCount abroadCount = withLawfulPackages(disclosures.peopleAbroadThisYear());
    long people = accounts.peopleWithAccounts();
    long childCount = children.childrenRecorded();
    List<ThresholdView> thresholds =
        List.of(
                limits.standing(
                    RegulatoryThreshold.ABROAD_SENSITIVE, abroadCount.sensitivePeople()),
                limits.standing(RegulatoryThreshold.ABROAD, abroadCount.people()),
                limits.standing(RegulatoryThreshold.ABROAD_LARGE, abroadCount.people()),
                limits.standing(RegulatoryThreshold.TOTAL_PEOPLE, people))
            .stream()
            .map(
                s ->
                    new ThresholdView(
                        s.threshold().name(),
                        s.threshold().label(),
                        s.count(),
                        s.limit(),
                        s.state().name(),
                        s.state().label(),
                        s.threshold().consequence()))
            .toList();
    CountersView view =
        new CountersView(
            clock.instant(),
            abroadCount.since(),
            abroadCount.people(),
            abroadCount.sensitivePeople(),
            childCount,
            people,
            limits.warnAtPercent(),
            thresholds);
    auditTrail.record(
        new AuditEvent(
            viewer,
            "regulatory.counters-read",
            "counters",
            abroadCount.since().toString(),
            view.needingAttention().size() + " threshold(s) near or reached"));
    return view;
  }
}
