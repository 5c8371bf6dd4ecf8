package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.consent.domain.catalogue.Necessity;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.problem.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The consent rules for one person, given what is known about them: whether they are a child and
 * who their guardian is, and the latest major policy change that asked them to consent again.
 *
 * <p>What may be recorded (CON-1, CON-2, ID-6):
 *
 * <ul>
 *   <li>Accepting the policy records consent to the necessary, non-sensitive purposes in force and
 *       to nothing else; every optional and every sensitive purpose needs a consent of its own.
 *   <li>Consent is given only to a purpose of the policy in force; an on-site notice counts only
 *       for purposes that allow implied consent, and never as acceptance of the policy.
 *   <li>A necessary purpose cannot be withdrawn on its own: the way out is account cancellation.
 *       Withdrawing an optional purpose never touches a necessary one.
 *   <li>Acting as {@code SELF}, the actor is the person; acting as {@code GUARDIAN}, the actor is
 *       the recorded guardian of a person recorded as a child, and nobody else. In the app (pop-up,
 *       settings) whoever records the act must be the actor.
 *   <li>For a child, every consent comes from the recorded guardian: acceptance of the policy as
 *       well as separate consent (ID-6, PIPL art. 31, Part 2 §VI). The child may still withdraw one
 *       themselves: stopping processing is always allowed.
 *   <li>Giving again what is already given (same version, same actor) records nothing new;
 *       withdrawing what is already withdrawn neither.
 * </ul>
 *
 * <p>What a check answers (CON-3): see {@link #decide}.
 */
public final class ConsentRules {

  private final SubjectId subject;
  private final Optional<ChildStatus> child;
  private final Optional<ReconsentRequirement> reconsent;

  /**
   * @param child the person's child status, if they are recorded as a child
   * @param latestReconsent the person's latest re-consent requirement, satisfied or not
   */
  public ConsentRules(
      SubjectId subject,
      Optional<ChildStatus> child,
      Optional<ReconsentRequirement> latestReconsent) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.child = Objects.requireNonNull(child, "child");
    this.reconsent = Objects.requireNonNull(latestReconsent, "latestReconsent");
    child.ifPresent(status -> requireSame(status.subjectId(), "child status"));
    reconsent.ifPresent(
        requirement -> requireSame(requirement.subjectId(), "re-consent requirement"));
  }

  /**
   * What the consent check answers for {@code purpose}, given the person's latest ledger entry for
   * it:
   *
   * <ol>
   *   <li>Withdrawn → {@code WITHDRAWN} (only purposes with their own consent can be withdrawn).
   *   <li>The person is a child and the entry in force is not their recorded guardian's (or there
   *       is none) → {@code GUARDIAN_CONSENT_MISSING}, for necessary purposes too: a child's
   *       information is processed only with the guardian's consent (ID-6).
   *   <li>A necessary, non-sensitive purpose → {@code NECESSARY_PURPOSE}: accepting the policy
   *       covers it and it cannot be withdrawn; the acceptance entry is named if there is one. A
   *       major change does not stop it: the service the person uses still needs it.
   *   <li>Any other purpose needs its own consent: none → {@code NO_CONSENT}; given before the
   *       person's latest major change, under another version → {@code RECONSENT_REQUIRED};
   *       otherwise {@code CONSENT_GIVEN}.
   * </ol>
   */
  public Decision decide(Purpose purpose, Optional<ConsentEntry> latest) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(latest, "latest");
    latest.ifPresent(entry -> requireAbout(entry, purpose));
    Long sequence = latest.map(ConsentEntry::sequence).orElse(null);
    if (latest.isPresent() && latest.get().action() == ConsentAction.WITHDRAWN) {
      return Decision.of(DecisionReason.WITHDRAWN, sequence);
    }
    if (child.isPresent() && latest.filter(entry -> byGuardian(entry, child.get())).isEmpty()) {
      return Decision.of(DecisionReason.GUARDIAN_CONSENT_MISSING, sequence);
    }
    if (purpose.coveredByPolicyAcceptance()) {
      return Decision.of(DecisionReason.NECESSARY_PURPOSE, sequence);
    }
    if (latest.isEmpty()) {
      return Decision.of(DecisionReason.NO_CONSENT, null);
    }
    ConsentEntry entry = latest.get();
    if (reconsent.isPresent()
        && reconsent.get().outdates(entry.policyVersion(), entry.occurredAt())) {
      return Decision.of(DecisionReason.RECONSENT_REQUIRED, sequence);
    }
    return Decision.of(DecisionReason.CONSENT_GIVEN, sequence);
  }

  /**
   * Accepting policy {@code currentVersion}: one GIVEN entry for each necessary, non-sensitive
   * purpose in force that the actor has not already accepted under this version.
   *
   * @param catalogue the purposes to choose from (those not in force are skipped)
   * @param published tells whether a policy version has been published
   * @param latestPerPurpose the person's latest entry per purpose code
   * @return the entries to append (empty when everything was accepted already)
   * @throws DomainException INVALID_INPUT on {@code channel} for an on-site notice; FORBIDDEN when
   *     the actor may not act for the person, or the person is a child and the actor is not their
   *     guardian
   */
  public List<ConsentEntry> accept(
      Collection<Purpose> catalogue,
      Predicate<String> published,
      String currentVersion,
      ConsentAct act,
      Map<String, ConsentEntry> latestPerPurpose,
      Instant now) {
    requireAct(act);
    if (act.channel() == ConsentChannel.ONSITE_NOTICE) {
      throw DomainException.invalid(
          "channel",
          "accepting the policy needs an explicit act: POPUP, SETTINGS or CUSTOMER_SERVICE");
    }
    checkActor(act);
    if (child.isPresent() && act.actedAs() != ActedAs.GUARDIAN) {
      throw DomainException.forbidden(
          "for a child under 14, the policy must be accepted by their recorded guardian");
    }
    List<ConsentEntry> entries = new ArrayList<>();
    for (Purpose purpose : catalogue) {
      if (purpose.coveredByPolicyAcceptance() && purpose.inForce(published)) {
        Optional<ConsentEntry> latest =
            Optional.ofNullable(latestPerPurpose.get(purpose.code().value()));
        if (!alreadyGiven(latest, currentVersion, act)) {
          entries.add(
              new ConsentEntry(act, purpose.code(), currentVersion, ConsentAction.GIVEN, now));
        }
      }
    }
    return entries;
  }

  /**
   * Giving separate consent to {@code purpose} under policy {@code currentVersion}.
   *
   * @param published tells whether a policy version has been published
   * @return the entry to append, or empty when the same consent is already in force
   * @throws DomainException INVALID_INPUT on {@code purpose} when it is not part of the policy in
   *     force, on {@code channel} for an on-site notice where implied consent does not count;
   *     FORBIDDEN when the actor may not act for the person, or the person is a child and the actor
   *     is not their guardian
   */
  public Optional<ConsentEntry> give(
      Purpose purpose,
      Predicate<String> published,
      String currentVersion,
      ConsentAct act,
      Optional<ConsentEntry> latest,
      Instant now) {
    requireAct(act);
    Objects.requireNonNull(purpose, "purpose");
    latest.ifPresent(entry -> requireAbout(entry, purpose));
    if (!purpose.inForce(published)) {
      throw DomainException.invalid(
          "purpose",
          purpose.code() + " is not part of the policy in force (version " + currentVersion + ")");
    }
    checkChannel(purpose, act);
    checkActor(act);
    if (child.isPresent() && act.actedAs() != ActedAs.GUARDIAN) {
      throw DomainException.forbidden(
          "for a child under 14, consent to "
              + purpose.code()
              + " must come from their recorded guardian");
    }
    if (alreadyGiven(latest, currentVersion, act)) {
      return Optional.empty();
    }
    return Optional.of(
        new ConsentEntry(act, purpose.code(), currentVersion, ConsentAction.GIVEN, now));
  }

  /**
   * Withdrawing consent to {@code purpose}; recorded under policy {@code currentVersion}.
   *
   * @return the entry to append, or empty when the consent is already withdrawn
   * @throws DomainException CONFLICT when the purpose is necessary (the way out is account
   *     cancellation) or there is no consent to withdraw; INVALID_INPUT on {@code channel} for an
   *     on-site notice where implied consent does not count; FORBIDDEN when the actor may not act
   *     for the person
   */
  public Optional<ConsentEntry> withdraw(
      Purpose purpose,
      String currentVersion,
      ConsentAct act,
      Optional<ConsentEntry> latest,
      Instant now) {
    requireAct(act);
    Objects.requireNonNull(purpose, "purpose");
    latest.ifPresent(entry -> requireAbout(entry, purpose));
    if (purpose.necessity() == Necessity.NECESSARY) {
      throw DomainException.conflict(
          purpose.code()
              + " is necessary for the basic service and cannot be withdrawn on its own; to stop"
              + " it, cancel the account through customer service (Part 2 §V(四))");
    }
    checkChannel(purpose, act);
    checkActor(act);
    if (latest.isEmpty()) {
      throw DomainException.conflict("there is no consent to " + purpose.code() + " to withdraw");
    }
    if (latest.get().action() == ConsentAction.WITHDRAWN) {
      return Optional.empty();
    }
    return Optional.of(
        new ConsentEntry(act, purpose.code(), currentVersion, ConsentAction.WITHDRAWN, now));
  }

  /**
   * A service shuts down (SHUT-1): the consent in force to one of its purposes ends, recorded as a
   * withdrawal by {@code recordedBy} in the name of whoever gave it; necessary purposes too, since
   * the service itself ends. Nothing when there is no consent in force.
   */
  public static Optional<ConsentEntry> endedByShutdown(
      Optional<ConsentEntry> latest, String currentVersion, String recordedBy, Instant now) {
    if (latest.isEmpty() || latest.get().action() == ConsentAction.WITHDRAWN) {
      return Optional.empty();
    }
    ConsentEntry given = latest.get();
    ConsentAct act =
        new ConsentAct(
            SubjectId.of(given.subjectId(), "subject"),
            ConsentChannel.CUSTOMER_SERVICE,
            given.actedAs(),
            SubjectId.of(given.actor(), "actor"),
            recordedBy);
    return Optional.of(
        new ConsentEntry(
            act,
            PurposeCode.of(given.purposeCode()),
            currentVersion,
            ConsentAction.WITHDRAWN,
            now));
  }

  /** The latest entry per purpose code of a person's history (in any order). */
  public static Map<String, ConsentEntry> latestPerPurpose(Collection<ConsentEntry> history) {
    Map<String, ConsentEntry> latest = new LinkedHashMap<>();
    history.stream()
        .sorted(Comparator.comparing(ConsentEntry::sequence))
        .forEach(entry -> latest.put(entry.purposeCode(), entry));
    return latest;
  }

  private void checkChannel(Purpose purpose, ConsentAct act) {
    if (act.channel() == ConsentChannel.ONSITE_NOTICE && !purpose.impliedConsentAllowed()) {
      throw DomainException.invalid(
          "channel",
          "an on-site notice counts as consent only for purposes that allow it, such as service"
              + " recordings; "
              + purpose.code()
              + " does not");
    }
  }

  private void checkActor(ConsentAct act) {
    if (act.recordedBy().isEmpty()) {
      throw DomainException.forbidden("an identified person must record the consent");
    }
    if (act.channel().selfService() && !act.recordedBy().equals(act.actor().value())) {
      throw DomainException.forbidden(
          "in the app a person acts only for themselves, or as the recorded guardian of a child");
    }
    switch (act.actedAs()) {
      case SELF -> {
        if (!act.actor().equals(subject)) {
          throw DomainException.forbidden(
              "acting as SELF, the actor must be the person themselves");
        }
      }
      case GUARDIAN -> {
        if (child.isEmpty() || !child.get().hasGuardian(act.actor().value())) {
          throw DomainException.forbidden("the actor is not the recorded guardian of this person");
        }
      }
    }
  }

  private static boolean byGuardian(ConsentEntry entry, ChildStatus child) {
    return entry.actedAs() == ActedAs.GUARDIAN && child.hasGuardian(entry.actor());
  }

  /**
   * The same consent is in force: given under this version by the same actor, and not outdated by a
   * re-consent requirement (one a transfer to a new holder caused outdates even this version's).
   */
  private boolean alreadyGiven(
      Optional<ConsentEntry> latest, String currentVersion, ConsentAct act) {
    return latest
        .filter(entry -> entry.action() == ConsentAction.GIVEN)
        .filter(entry -> entry.policyVersion().equals(currentVersion))
        .filter(
            entry ->
                reconsent.isEmpty()
                    || !reconsent.get().outdates(entry.policyVersion(), entry.occurredAt()))
        .filter(entry -> entry.actedAs() == act.actedAs())
        .filter(entry -> entry.actor().equals(act.actor().value()))
        .isPresent();
  }

  private void requireAct(ConsentAct act) {
    Objects.requireNonNull(act, "act");
    if (!act.subject().equals(subject)) {
      throw new IllegalArgumentException("the act is about another person");
    }
  }

  private void requireAbout(ConsentEntry entry, Purpose purpose) {
    if (!entry.subjectId().equals(subject.value())
        || !entry.purposeCode().equals(purpose.code().value())) {
      throw new IllegalArgumentException("the entry is about another person or purpose");
    }
  }

  private void requireSame(String subjectId, String what) {
    if (!subject.value().equals(subjectId)) {
      throw new IllegalArgumentException("the " + what + " is about another person");
    }
  }
}
