package com.meike.privacy.partner.application.internal;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.AbroadCount;
import com.meike.privacy.partner.application.DisclosureView;
import com.meike.privacy.partner.application.Disclosures;
import com.meike.privacy.partner.application.PartnerCount;
import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.disclosure.DisclosureRepository;
import com.meike.privacy.partner.domain.registry.Partner;
import com.meike.privacy.partner.domain.registry.PartnerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Disclosures} on the disclosure log; reading a person's or a partner's entries is audited.
 */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultDisclosures implements Disclosures {

  static final int MAX = 500;

  @Inject DisclosureRepository disclosures;
  @Inject PartnerRepository partners;
  @Inject AuditTrail auditTrail;
  @Inject PurposeCatalogue catalogue;
  @Inject Clock clock;

  @Override
  public List<DisclosureView> forSubject(SubjectId subject, String viewer) {
    Objects.requireNonNull(viewer, "viewer");
    String person = subject.value(); // validated on the interface (Bean Validation)
    List<DisclosureView> found =
        disclosures.forSubject(person).stream().map(DefaultDisclosures::view).toList();
    auditTrail.record(
        new AuditEvent(
            viewer,
            "partner.disclosures-viewed",
            "subject",
            person,
            found.size() + " disclosure(s)"));
    return found;
  }

  @Override
  public List<DisclosureView> forPartner(String partner, String viewer) {
    Objects.requireNonNull(viewer, "viewer");
    Partner found =
        partners
            .find(partner)
            .orElseThrow(() -> DomainException.invalid("partner", "No partner '" + partner + "'."));
    List<DisclosureView> views =
        disclosures.forPartner(found.id(), MAX).stream().map(DefaultDisclosures::view).toList();
    auditTrail.record(
        new AuditEvent(
            viewer,
            "partner.disclosures-viewed",
            PartnerViews.PARTNER,
            found.id(),
            views.size() + " disclosure(s)"));
    return views;
  }

  @Override
  public List<PartnerCount> peoplePerPartner(int year) {
    if (year < 2000 || year > 9999) {
      throw DomainException.invalid("year", "must be a year from 2000 to 9999");
    }
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant();
    Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(CHINA).toInstant();
    Map<String, Long> counts = disclosures.peoplePerPartner(from, to);
    return partners.all().stream()
        .map(partner -> new PartnerCount(partner.id(), counts.getOrDefault(partner.id(), 0L)))
        .toList();
  }

  @Override
  public AbroadCount peopleAbroadThisYear() {
    Instant now = clock.instant();
    LocalDate since = now.atZone(CHINA).toLocalDate().withDayOfYear(1);
    Instant from = since.atStartOfDay(CHINA).toInstant();
    Instant to = since.plusYears(1).atStartOfDay(CHINA).toInstant();
    Set<String> sensitive =
        catalogue.allPurposes().stream()
            .filter(PurposeView::sensitive)
            .map(PurposeView::code)
            .collect(Collectors.toSet());
    return new AbroadCount(
        since,
        disclosures.peopleAbroad(from, to, Partner.HOME, null),
        disclosures.peopleAbroad(from, to, Partner.HOME, sensitive));
  }

  @Override
  public Set<String> abroadThisYearAmong(
      java.util.Collection<String> subjects, boolean sensitiveOnly) {
    if (subjects == null || subjects.isEmpty()) {
      return Set.of();
    }
    Instant now = clock.instant();
    LocalDate since = now.atZone(CHINA).toLocalDate().withDayOfYear(1);
    Set<String> sensitive =
        !sensitiveOnly
            ? null
            : catalogue.allPurposes().stream()
                .filter(PurposeView::sensitive)
                .map(PurposeView::code)
                .collect(Collectors.toSet());
    return disclosures.abroadAmong(
        since.atStartOfDay(CHINA).toInstant(),
        since.plusYears(1).atStartOfDay(CHINA).toInstant(),
        Partner.HOME,
        sensitive,
        subjects);
  }

  static DisclosureView view(Disclosure disclosure) {
    return new DisclosureView(
        disclosure.messageId(),
        disclosure.partnerId(),
        disclosure.subjectId(),
        disclosure.purpose(),
        disclosure.type(),
        disclosure.fields(),
        disclosure.disclosedAt());
  }
}
