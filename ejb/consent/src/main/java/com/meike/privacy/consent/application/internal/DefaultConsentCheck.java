package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.child.ChildStatusRepository;
import com.meike.privacy.consent.domain.ledger.ConsentEntryRepository;
import com.meike.privacy.consent.domain.ledger.ConsentRules;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.ExceptionUse;
import com.meike.privacy.consent.domain.ledger.ExceptionUseRepository;
import com.meike.privacy.consent.domain.ledger.LegalException;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import com.meike.privacy.consent.domain.policy.ReconsentRequirementRepository;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * {@link ConsentCheck} on the ledger as committed. {@link #may} only reads: it joins the caller's
 * transaction if there is one and starts none, and keeps nothing between calls, so the answer
 * always reflects the latest committed entry (a withdrawal counts from the next check on). {@link
 * #mayUnderException} records the use in the exception register and the audit trail in the caller's
 * transaction, so the record exists exactly when the use committed.
 */
@Stateless
public class DefaultConsentCheck implements ConsentCheck {

  @Inject PurposeRepository purposes;
  @Inject PolicyVersionRepository policies;
  @Inject ReconsentRequirementRepository reconsent;
  @Inject ChildStatusRepository children;
  @Inject ConsentEntryRepository entries;
  @Inject ExceptionUseRepository exceptionUses;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Decision may(String subject, String purpose) {
    SubjectId subjectId = SubjectId.of(subject, "subject");
    Purpose found = catalogued(PurposeCode.of(purpose));
    if (!found.inForce(policies::isPublished)) {
      throw DomainException.invalid(
          "purpose", found.code() + " is not part of the policy in force");
    }
    ConsentRules rules =
        new ConsentRules(
            subjectId, children.find(subjectId.value()), reconsent.latestFor(subjectId.value()));
    return rules.decide(found, entries.latest(subjectId.value(), found.code().value()));
  }

  @Override
  public Decision mayUnderException(
      String subject, String purpose, LegalException exception, String actor, String reason) {
    SubjectId subjectId = SubjectId.of(subject, "subject");
    PurposeCode code = PurposeCode.of(purpose);
    ExceptionUse use =
        ExceptionUse.record(
            exceptionUses.nextId(), subjectId, code, exception, actor, reason, clock.instant());
    catalogued(code);
    exceptionUses.store(use);
    auditTrail.record(
        new AuditEvent(
            use.actor(),
            "consent.exception-used",
            ConsentViews.SUBJECT,
            subjectId.value(),
            "purpose "
                + code
                + " without consent under exception ("
                + exception.item()
                + ") "
                + exception.name()
                + ", register "
                + use.id()));
    return Decision.underException(use.id());
  }

  private Purpose catalogued(PurposeCode code) {
    return purposes
        .find(code)
        .orElseThrow(
            () -> DomainException.invalid("purpose", code + " is not a purpose of the catalogue"));
  }
}
