package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.PolicyPublication;
import com.meike.privacy.consent.application.PolicyVersionPublished;
import com.meike.privacy.consent.application.PolicyVersionSummary;
import com.meike.privacy.consent.application.PolicyVersionView;
import com.meike.privacy.consent.application.PolicyVersions;
import com.meike.privacy.consent.domain.policy.MajorChangeKind;
import com.meike.privacy.consent.domain.policy.PolicyVersion;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import com.meike.privacy.consent.domain.policy.ReconsentRequirementRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link PolicyVersions} as one container-managed transaction per call: the new version, the
 * re-consent marks of a major change, the audit entry and the {@link PolicyVersionPublished} event
 * commit together or not at all. Marking is one {@code INSERT … SELECT}, however many people have
 * consented. Two publications racing for the same ordinal cannot both commit (unique constraint).
 */
@Stateless
public class DefaultPolicyVersions implements PolicyVersions {

  /** Largest page of {@link #subjectsAwaitingReconsent}. */
  static final int MAX_PAGE = 1000;

  @Inject PolicyVersionRepository policies;
  @Inject ReconsentRequirementRepository reconsent;
  @Inject AuditTrail auditTrail;
  @Inject Event<PolicyVersionPublished> published;
  @Inject Clock clock;

  @Override
  public PolicyVersionView publish(PolicyPublication publication, String publisher) {
    if (publication == null) {
      throw DomainException.invalid("version", "is required");
    }
    List<MajorChangeKind> kinds =
        publication.majorChangeKinds() == null
            ? List.of()
            : publication.majorChangeKinds().stream().map(MajorChangeKind::parse).toList();
    Instant now = clock.instant();
    PolicyVersion version =
        PolicyVersion.publish(
            publication.version(),
            policies.nextOrdinal(),
            publication.summary(),
            publication.text(),
            publication.major(),
            kinds,
            publisher,
            now);
    if (policies.isPublished(version.version())) {
      throw DomainException.conflict(
          "policy version " + version.version() + " was already published");
    }
    policies.store(version);
    int marked = version.major() ? reconsent.markEveryoneWhoConsented(version.version(), now) : 0;
    auditTrail.record(
        new AuditEvent(
            version.publishedBy(),
            "policy.published",
            ConsentViews.POLICY_VERSION,
            version.version(),
            (version.major()
                    ? "major change "
                        + version.changeKinds()
                        + ", "
                        + marked
                        + " people marked to consent again"
                    : "minor change")
                + ", ordinal "
                + version.ordinal()));
    published.fire(new PolicyVersionPublished(version.version(), version.major(), marked));
    return ConsentViews.view(version);
  }

  @Override
  public PolicyVersionView current() {
    return policies
        .currentVersion()
        .flatMap(policies::find)
        .map(ConsentViews::view)
        .orElseThrow(() -> DomainException.notFound("no policy version has been published yet"));
  }

  @Override
  public PolicyVersionView version(String version) {
    return policies
        .find(PolicyVersion.checkVersion(version))
        .map(ConsentViews::view)
        .orElseThrow(() -> DomainException.notFound("no such policy version"));
  }

  @Override
  public List<PolicyVersionSummary> versions() {
    Optional<String> current = policies.currentVersion();
    return policies.all().stream()
        .map(v -> ConsentViews.summary(v, current.filter(v.version()::equals).isPresent()))
        .toList();
  }

  @Override
  public List<String> subjectsAwaitingReconsent(String version, String afterSubject, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw DomainException.invalid("limit", "must be 1 to " + MAX_PAGE);
    }
    String id = PolicyVersion.checkVersion(version);
    if (!policies.isPublished(id)) {
      throw DomainException.notFound("no such policy version");
    }
    return reconsent.awaiting(id, afterSubject, limit);
  }
}
