package com.meike.privacy.identity.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * Extra verification of app accounts (ID-3, ID-4): a beautician submits an identity document, a
 * merchant its enterprise credential, a customer may submit an identity document for the optional
 * real-name verification; operations staff decide. The evidence is stored encrypted and is never
 * answered by any method: callers only ever see the kind and the state (pending, passed, failed).
 * Refusals are {@link com.meike.privacy.kernel.problem.DomainException}s naming the field.
 */
@Local
public interface AccountVerifications {

  /**
   * Submits the caller's evidence; the account's status becomes PENDING until the review.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming a missing,
   *     malformed or role-foreign field; CONFLICT when a submission awaits review, the account
   *     already passed, or the document (or credit code) already verifies another account
   */
  VerificationView submit(String accountId, EvidenceInput evidence);

  /** Submissions in {@code state} (PENDING, PASSED or FAILED), oldest first; audited. */
  List<VerificationView> inState(String state, String viewer);

  /**
   * Records the review: {@code outcome} PASSED or FAILED ({@code reason} then required, at most 500
   * characters, stored encrypted); the account's status follows.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND, INVALID_INPUT on {@code
   *     outcome} or {@code reason}, CONFLICT when already decided
   */
  VerificationView decide(String verificationId, String outcome, String reason, String reviewer);

  /**
   * What an app user submits: for an identity document (beauticians, customers) {@code
   * documentType}, {@code documentNumber}, {@code fullName} and optionally {@code
   * faceCheckReference}; for an enterprise (merchants) {@code creditCode}, {@code enterpriseName},
   * {@code legalRepresentative}.
   */
  record EvidenceInput(
      String documentType,
      String documentNumber,
      String fullName,
      String faceCheckReference,
      String creditCode,
      String enterpriseName,
      String legalRepresentative) {

    @Override
    public String toString() {
      return "EvidenceInput[…]";
    }
  }

  /** A submission as anyone may see it: never the evidence. */
  record VerificationView(
      String id, String kind, String state, Instant submittedAt, Instant decidedAt) {}
}
