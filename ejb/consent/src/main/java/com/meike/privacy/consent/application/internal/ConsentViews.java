package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.PolicyVersionSummary;
import com.meike.privacy.consent.application.PolicyVersionView;
import com.meike.privacy.consent.application.PurposeConsentState;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.consent.domain.catalogue.Partner;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.ledger.ConsentEntry;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.policy.MajorChangeKind;
import com.meike.privacy.consent.domain.policy.PolicyVersion;

/** The view records of the consent context, made from its aggregates. */
final class ConsentViews {

  /** Audit subject type of everything recorded about one person. */
  static final String SUBJECT = "consent-subject";

  /** Audit subject type of a policy version. */
  static final String POLICY_VERSION = "policy-version";

  private ConsentViews() {}

  static PurposeView view(Purpose purpose) {
    return new PurposeView(
        purpose.code().value(),
        purpose.kind().name(),
        purpose.nameZh(),
        purpose.nameEn(),
        purpose.dataItems(),
        purpose.description(),
        purpose.necessity().name(),
        purpose.sensitive(),
        purpose.needsOwnConsent(),
        purpose.personalOnlyWhenLinked(),
        purpose.impliedConsentAllowed(),
        purpose.legalBasis(),
        purpose.retentionRule(),
        purpose.policyReference(),
        purpose.policyVersion(),
        purpose.retiredIn().orElse(null),
        purpose.partners().stream().map(Partner::id).toList());
  }

  static PolicyVersionView view(PolicyVersion version) {
    return new PolicyVersionView(
        version.version(),
        version.ordinal(),
        version.publishedAt(),
        version.publishedBy(),
        version.major(),
        version.changeKinds().stream().map(MajorChangeKind::name).toList(),
        version.summary(),
        version.text());
  }

  static PolicyVersionSummary summary(PolicyVersion version, boolean current) {
    return new PolicyVersionSummary(
        version.version(),
        version.ordinal(),
        version.publishedAt(),
        version.major(),
        version.changeKinds().stream().map(MajorChangeKind::name).toList(),
        version.summary(),
        current);
  }

  static ConsentEntryView view(ConsentEntry entry) {
    return new ConsentEntryView(
        entry.sequence(),
        entry.subjectId(),
        entry.purposeCode(),
        entry.policyVersion(),
        entry.action().name(),
        entry.channel().name(),
        entry.actor(),
        entry.actedAs().name(),
        entry.recordedBy(),
        entry.occurredAt());
  }

  static PurposeConsentState state(Purpose purpose, Decision decision) {
    return new PurposeConsentState(
        purpose.code().value(),
        purpose.necessity().name(),
        purpose.sensitive(),
        purpose.needsOwnConsent(),
        decision.allowed(),
        decision.reason().name(),
        decision.entrySequence());
  }

  static ChildStatusView view(ChildStatus status) {
    return new ChildStatusView(
        status.subjectId(), status.guardianId(), status.basis().name(), status.markedAt());
  }
}
