package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.assessment.AssessedProcessing;
import com.meike.privacy.consent.domain.assessment.ImpactAssessmentRepository;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.ledger.ConsentRules;
import com.meike.privacy.consent.domain.ledger.ConsentState;
import com.meike.privacy.consent.domain.ledger.ConsentStateRepository;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.domain.ledger.ExceptionUse;
import com.meike.privacy.consent.domain.ledger.ExceptionUseRepository;
import com.meike.privacy.consent.domain.ledger.LegalException;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.rights.DisposalDigest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link ConsentCheck} on the ledger's read model. {@link #may} makes one primary-key read: the
 * person's row of the projection {@code consent_current} for the purpose, which carries the entry
 * in force, their child status and their latest re-consent requirement, all written in the same
 * transaction as the changes to them ({@link ConsentStateRepository}). The catalogue and the
 * published versions come from {@link PublishedCatalogue}, this node's cache. Nothing about a
 * person is cached, so a withdrawal counts from the very next check, on every node. It joins the
 * caller's transaction if there is one (and then sees what it wrote) and starts none. {@link
 * #mayUnderException} records the use in the exception register and the audit trail in the caller's
 * transaction (or a new one when called without), so the record exists exactly when the use
 * committed.
 *
 * <p>A plain CDI bean, not a session bean (issue 11): {@link #may} is the hottest read of the
 * system and needs neither a transaction nor a bean pool, and the EJB container's interceptor chain
 * around a 10 µs read cost more than the read. No check is audited (it reads no personal data
 * beyond the answer); the transaction {@link #mayUnderException} needs comes from {@link
 * Transactional}, with the same semantics as the session bean's default it replaces. The subject
 * and purpose are the kernel's value objects, checked on the interface ({@code ValidateOnExecution}
 * binds the validator to this CDI bean as to a session bean); the domain's {@link SubjectId} and
 * {@link PurposeCode} still parse them here, which refuses a phone number as an id and keeps a
 * caller without a container (a unit test) refused as before.
 */
@ApplicationScoped
@ValidateOnExecution
public class DefaultConsentCheck implements ConsentCheck {

  @Inject PurposeRepository purposes;
  @Inject ConsentStateRepository states;
  @Inject PublishedCatalogue catalogue;
  @Inject ExceptionUseRepository exceptionUses;
  @Inject ImpactAssessmentRepository assessments;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public Decision may(
      com.meike.privacy.kernel.subject.SubjectId subject,
      com.meike.privacy.kernel.purpose.PurposeCode purpose) {
    SubjectId subjectId = SubjectId.of(subject, "subject");
    PublishedCatalogue.Snapshot published = catalogue.current();
    // A code of the catalogue is valid as it is; anything else is parsed (and refused if
    // malformed).
    Purpose cached = purpose == null ? null : published.purposes().get(purpose.value());
    PurposeCode code = cached != null ? null : PurposeCode.of(purpose);
    ConsentState state =
        states.read(subjectId.value(), cached != null ? purpose.value() : code.value());
    Optional<Purpose> known = Optional.ofNullable(cached);
    if (known.isEmpty()) {
      known = published.purpose(code);
    }
    if (known.isEmpty()) {
      published = catalogue.reload();
      known = published.purpose(code);
    }
    Purpose found =
        known.orElseThrow(
            () ->
                DomainException.invalid(
                    "purpose", com.meike.privacy.kernel.purpose.PurposeCode.notCatalogued(code)));
    if (!published.inForce(found)) {
      throw DomainException.invalid(
          "purpose", found.code() + " is not part of the policy in force");
    }
    Decision decision =
        new ConsentRules(subjectId, state.child(), state.reconsent()).decide(found, state.latest());
    if (decision.allowed() && !assessed(found)) {
      return Decision.of(DecisionReason.NO_IMPACT_ASSESSMENT, decision.entrySequence());
    }
    return decision;
  }

  /**
   * {@link #may} for a batch (issue 14): the purpose is resolved once and the people's states are
   * read together ({@link ConsentStateRepository#readAll}, one {@code IN (…)} read per few hundred
   * people), then each is decided by the same rules as a single check.
   */
  @Override
  public Map<com.meike.privacy.kernel.subject.SubjectId, Decision> mayAll(
      Collection<com.meike.privacy.kernel.subject.SubjectId> subjects,
      com.meike.privacy.kernel.purpose.PurposeCode purpose) {
    Set<String> ids = new LinkedHashSet<>();
    for (com.meike.privacy.kernel.subject.SubjectId subject : subjects) {
      ids.add(SubjectId.of(subject, "subject").value());
    }
    if (ids.isEmpty()) {
      return Map.of();
    }
    PublishedCatalogue.Snapshot published = catalogue.current();
    Purpose cached = purpose == null ? null : published.purposes().get(purpose.value());
    PurposeCode code = cached != null ? null : PurposeCode.of(purpose);
    Optional<Purpose> known = Optional.ofNullable(cached);
    if (known.isEmpty()) {
      known = published.purpose(code);
    }
    if (known.isEmpty()) {
      published = catalogue.reload();
      known = published.purpose(code);
    }
    Purpose found =
        known.orElseThrow(
            () ->
                DomainException.invalid(
                    "purpose", com.meike.privacy.kernel.purpose.PurposeCode.notCatalogued(code)));
    if (!published.inForce(found)) {
      throw DomainException.invalid(
          "purpose", found.code() + " is not part of the policy in force");
    }
    boolean assessed = assessed(found);
    Map<String, ConsentState> read = states.readAll(ids, found.code().value());
    Map<com.meike.privacy.kernel.subject.SubjectId, Decision> decisions = new HashMap<>();
    for (String id : ids) {
      ConsentState state = read.get(id);
      Decision decision =
          new ConsentRules(SubjectId.of(id, "subject"), state.child(), state.reconsent())
              .decide(found, state.latest());
      decisions.put(
          new com.meike.privacy.kernel.subject.SubjectId(id),
          decision.allowed() && !assessed
              ? Decision.of(DecisionReason.NO_IMPACT_ASSESSMENT, decision.entrySequence())
              : decision);
    }
    return decisions;
  }

  /**
   * Sensitive processing and automated decisions need an impact assessment in force that allows
   * them (AUD-3, PIPL art. 55): one indexed read of the register, only for such purposes.
   */
  private boolean assessed(Purpose purpose) {
    if (purpose.sensitive()
        && !assessments.allows(
            AssessedProcessing.SENSITIVE_PROCESSING.key(purpose.code().value(), null, null))) {
      return false;
    }
    return !purpose.automatedDecision()
        || assessments.allows(
            AssessedProcessing.AUTOMATED_DECISION.key(purpose.code().value(), null, null));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Decision mayUnderException(
      com.meike.privacy.kernel.subject.SubjectId subject,
      com.meike.privacy.kernel.purpose.PurposeCode purpose,
      LegalException exception,
      String actor,
      String reason) {
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
            used(code, exception) + ", register " + use.id()));
    return Decision.underException(use.id());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public int mayUnderExceptionForAll(
      Collection<com.meike.privacy.kernel.subject.SubjectId> subjects,
      com.meike.privacy.kernel.purpose.PurposeCode purpose,
      LegalException exception,
      String actor,
      String reason) {
    if (subjects.isEmpty()) {
      return 0;
    }
    PurposeCode code = PurposeCode.of(purpose);
    catalogued(code);
    Instant now = clock.instant();
    Set<String> people = new TreeSet<>();
    for (com.meike.privacy.kernel.subject.SubjectId subject : subjects) {
      people.add(SubjectId.of(subject, "subject").value());
    }
    for (String subject : people) {
      ExceptionUse use =
          ExceptionUse.record(
              exceptionUses.nextId(),
              SubjectId.of(subject, "subject"),
              code,
              exception,
              actor,
              reason,
              now);
      exceptionUses.store(use);
    }
    DisposalDigest digest = DisposalDigest.of(people);
    auditTrail.record(
        new AuditEvent(
            actor,
            "consent.exception-used",
            ConsentViews.SUBJECT,
            digest.first(),
            used(code, exception)
                + " for a batch of people "
                + digest
                + ", one register entry each"));
    return people.size();
  }

  /** The audit detail of a use under an exception; never its reason (it may name the person). */
  private static String used(PurposeCode code, LegalException exception) {
    return "purpose "
        + code
        + " without consent under exception ("
        + exception.item()
        + ") "
        + exception.name();
  }

  private Purpose catalogued(PurposeCode code) {
    return purposes
        .find(code)
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "purpose", com.meike.privacy.kernel.purpose.PurposeCode.notCatalogued(code)));
  }
}
