package com.meike.privacy.consent.application;

import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.LegalException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The consent check every context asks before it uses personal information (CON-3, CON-4). Answers
 * from the ledger as committed now — its read model, written in the same transaction as every
 * entry; nothing about a person is cached — so a withdrawal takes effect at the next check and
 * never reaches back to uses made before it.
 */
@Local
public interface ConsentCheck {

  /**
   * May {@code purpose} be processed for {@code subject} now? Reads only; not audited.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code subject} for a
   *     phone number given as the id, on {@code purpose} when it is unknown or not part of the
   *     policy in force (a malformed id or code is refused on this interface)
   */
  Decision may(
      @NotNull(message = "is required") @Valid SubjectId subject,
      @NotNull(message = "is required") @Valid PurposeCode purpose);

  /**
   * {@link #may} for many people and one purpose at once (issue 14: a notice campaign asks for a
   * batch of 500): the same answers, read together. Keyed by subject, one answer per distinct
   * subject given. Reads only; not audited.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT as {@link #may}, on the
   *     first malformed subject
   */
  default Map<SubjectId, Decision> mayAll(
      @NotNull(message = "is required")
          Collection<@NotNull(message = "is required") @Valid SubjectId> subjects,
      @NotNull(message = "is required") @Valid PurposeCode purpose) {
    Map<SubjectId, Decision> decisions = new HashMap<>();
    for (SubjectId subject : subjects) {
      decisions.computeIfAbsent(subject, s -> may(s, purpose));
    }
    return decisions;
  }

  /**
   * Processes {@code purpose} for {@code subject} without consent under one of the named exceptions
   * of Part 2 §I 3 (1)–(11). Always allowed; recorded in the exception register with {@code reason}
   * and audited ({@code consent.exception-used}) in the caller's transaction.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException FORBIDDEN without an actor;
   *     INVALID_INPUT on {@code exception} when none is named, on {@code reason} when blank, on
   *     {@code subject} or {@code purpose} when malformed or unknown
   */
  Decision mayUnderException(
      @NotNull(message = "is required") @Valid SubjectId subject,
      @NotNull(message = "is required") @Valid PurposeCode purpose,
      LegalException exception,
      String actor,
      String reason);

  /**
   * {@link #mayUnderException} for a batch of people and one use (a batch of a service's disposal,
   * SHUT-1): one register entry per person, as there, and one audit entry ({@code
   * consent.exception-used}) for the batch naming the count, the range and the digest of the people
   * ({@link com.meike.privacy.kernel.rights.DisposalDigest}) instead of one per person. Returns how
   * many people were recorded. Same checks as {@link #mayUnderException}.
   */
  int mayUnderExceptionForAll(
      @NotNull(message = "is required")
          Collection<@NotNull(message = "is required") @Valid SubjectId> subjects,
      @NotNull(message = "is required") @Valid PurposeCode purpose,
      LegalException exception,
      String actor,
      String reason);
}
