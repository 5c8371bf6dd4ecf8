package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.ConsentWithdrawn;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PurposeConsentState;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.child.ChildStatusRepository;
import com.meike.privacy.consent.domain.ledger.ConsentAct;
import com.meike.privacy.consent.domain.ledger.ConsentEntry;
import com.meike.privacy.consent.domain.ledger.ConsentEntryRepository;
import com.meike.privacy.consent.domain.ledger.ConsentRules;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import com.meike.privacy.consent.domain.policy.ReconsentRequirementRepository;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ConsentLedger} as one container-managed transaction per call: the appended entries, the
 * satisfied re-consent requirements, the audit entry and the {@link ConsentWithdrawn} event commit
 * together or not at all. Calls that record nothing new (giving again what is in force) write no
 * audit entry.
 *
 * <p>Audit details name purposes, versions, channels, roles and entry sequences only; the person is
 * the audit subject by account id, never by phone number or name.
 */
@Stateless
@ValidateOnExecution
public class DefaultConsentLedger implements ConsentLedger {

  @Inject PurposeRepository purposes;
  @Inject PolicyVersionRepository policies;
  @Inject ReconsentRequirementRepository reconsent;
  @Inject ChildStatusRepository children;
  @Inject ConsentEntryRepository entries;
  @Inject AuditTrail auditTrail;
  @Inject Event<ConsentWithdrawn> withdrawn;
  @Inject Clock clock;

  /**
   * Services shut down (SHUT-1): no new consent for their purposes; unset outside the container.
   */
  @Inject jakarta.enterprise.inject.Instance<com.meike.privacy.kernel.rights.CollectionStops> stops;

  @Override
  public List<ConsentEntryView> acceptPolicy(PolicyAcceptance acceptance, String recordedBy) {
    if (acceptance == null) {
      throw DomainException.invalid("subject", "is required");
    }
    ConsentAct act =
        ConsentActs.parse(
            acceptance.subject(),
            acceptance.channel(),
            acceptance.actedAs(),
            acceptance.actor(),
            recordedBy);
    String current = currentVersion();
    Instant now = clock.instant();
    Set<String> published = policies.publishedVersions();
    List<Purpose> catalogue = purposes.all();
    Map<String, ConsentEntry> latest =
        ConsentRules.latestPerPurpose(entries.history(act.subject().value()));
    List<ConsentEntry> added =
        rulesFor(act.subject()).accept(catalogue, published::contains, current, act, latest, now);
    added.forEach(entries::append);
    int satisfied = reconsent.satisfyOpen(act.subject().value(), now);
    if (!added.isEmpty() || satisfied > 0) {
      auditTrail.record(
          new AuditEvent(
              act.recordedBy(),
              "consent.policy-accepted",
              ConsentViews.SUBJECT,
              act.subject().value(),
              "policy "
                  + current
                  + " via "
                  + act.channel()
                  + " as "
                  + act.actedAs()
                  + ", entries "
                  + added.stream().map(ConsentEntry::sequence).toList()
                  + ", re-consent requirements satisfied: "
                  + satisfied));
    }
    added.forEach(entry -> latest.put(entry.purposeCode(), entry));
    List<ConsentEntryView> covering = new ArrayList<>();
    for (Purpose purpose : catalogue) {
      if (purpose.coveredByPolicyAcceptance() && purpose.inForce(published::contains)) {
        Optional.ofNullable(latest.get(purpose.code().value()))
            .map(ConsentViews::view)
            .ifPresent(covering::add);
      }
    }
    return covering;
  }

  @Override
  public ConsentEntryView give(ConsentRequest request, String recordedBy) {
    Recording recording = recording(request, recordedBy);
    if (stops != null && stops.isResolvable()) {
      stops.get().refuseIfStopped(java.util.List.of(recording.purpose().code().value()), null);
    }
    String current = currentVersion();
    Optional<ConsentEntry> latest =
        entries.latest(recording.act().subject().value(), recording.purpose().code().value());
    Optional<ConsentEntry> added =
        rulesFor(recording.act().subject())
            .give(
                recording.purpose(),
                policies::isPublished,
                current,
                recording.act(),
                latest,
                clock.instant());
    if (added.isEmpty()) {
      return ConsentViews.view(latest.orElseThrow());
    }
    ConsentEntry entry = added.get();
    entries.append(entry);
    audit("consent.given", entry);
    return ConsentViews.view(entry);
  }

  @Override
  public ConsentEntryView withdraw(ConsentRequest request, String recordedBy) {
    Recording recording = recording(request, recordedBy);
    String current = currentVersion();
    Optional<ConsentEntry> latest =
        entries.latest(recording.act().subject().value(), recording.purpose().code().value());
    Optional<ConsentEntry> added =
        rulesFor(recording.act().subject())
            .withdraw(recording.purpose(), current, recording.act(), latest, clock.instant());
    if (added.isEmpty()) {
      return ConsentViews.view(latest.orElseThrow());
    }
    ConsentEntry entry = added.get();
    entries.append(entry);
    audit("consent.withdrawn", entry);
    withdrawn.fire(new ConsentWithdrawn(entry.subjectId(), entry.purposeCode(), entry.sequence()));
    return ConsentViews.view(entry);
  }

  @Override
  public List<ConsentEntryView> history(
      com.meike.privacy.kernel.subject.SubjectId subject, String viewer, boolean oversight) {
    // the format is checked on the interface; consent's own id refuses a phone number besides
    SubjectId subjectId = SubjectId.of(subject.value(), "subject");
    authorizeRead(subjectId, viewer, oversight, "history");
    return entries.history(subjectId.value()).stream().map(ConsentViews::view).toList();
  }

  @Override
  public List<PurposeConsentState> state(
      com.meike.privacy.kernel.subject.SubjectId subject, String viewer, boolean oversight) {
    SubjectId subjectId = SubjectId.of(subject.value(), "subject");
    authorizeRead(subjectId, viewer, oversight, "state");
    Set<String> published = policies.publishedVersions();
    Map<String, ConsentEntry> latest =
        ConsentRules.latestPerPurpose(entries.history(subjectId.value()));
    ConsentRules rules = rulesFor(subjectId);
    return purposes.all().stream()
        .filter(purpose -> purpose.inForce(published::contains))
        .map(
            purpose ->
                ConsentViews.state(
                    purpose,
                    rules.decide(purpose, Optional.ofNullable(latest.get(purpose.code().value())))))
        .toList();
  }

  /** A request to give or withdraw, read and checked field by field. */
  private record Recording(ConsentAct act, Purpose purpose) {}

  private Recording recording(ConsentRequest request, String recordedBy) {
    if (request == null) {
      throw DomainException.invalid("subject", "is required");
    }
    SubjectId.of(request.subject(), "subject");
    PurposeCode code = PurposeCode.of(request.purpose());
    ConsentAct act =
        ConsentActs.parse(
            request.subject(), request.channel(), request.actedAs(), request.actor(), recordedBy);
    Purpose purpose =
        purposes
            .find(code)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "purpose",
                        com.meike.privacy.kernel.purpose.PurposeCode.notCatalogued(code)));
    return new Recording(act, purpose);
  }

  private ConsentRules rulesFor(SubjectId subject) {
    Optional<ChildStatus> child = children.find(subject.value());
    return new ConsentRules(subject, child, reconsent.latestFor(subject.value()));
  }

  private String currentVersion() {
    return policies
        .currentVersion()
        .orElseThrow(() -> DomainException.conflict("no privacy policy has been published yet"));
  }

  /**
   * The person, their recorded guardian, or oversight (checked by the caller) may read; reads by
   * anyone but the person are audited.
   */
  private void authorizeRead(SubjectId subject, String viewer, boolean oversight, String what) {
    if (viewer == null || viewer.isBlank()) {
      throw DomainException.forbidden("an identified viewer is required");
    }
    if (viewer.equals(subject.value())) {
      return;
    }
    boolean guardian =
        children.find(subject.value()).filter(child -> child.hasGuardian(viewer)).isPresent();
    if (!guardian && !oversight) {
      throw DomainException.forbidden(
          "only the person, their guardian or oversight staff may read");
    }
    auditTrail.record(
        new AuditEvent(
            viewer,
            "consent." + what + "-viewed",
            ConsentViews.SUBJECT,
            subject.value(),
            "read as " + (guardian ? "guardian" : "oversight")));
  }

  private void audit(String action, ConsentEntry entry) {
    auditTrail.record(
        new AuditEvent(
            entry.recordedBy(),
            action,
            ConsentViews.SUBJECT,
            entry.subjectId(),
            "purpose "
                + entry.purposeCode()
                + " under policy "
                + entry.policyVersion()
                + " via "
                + entry.channel()
                + ", "
                + entry.actedAs()
                + " "
                + entry.actor()
                + ", entry "
                + entry.sequence()));
  }
}
