package com.meike.privacy.recording.domain.access;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who approves an application (REC-8): exactly one person per step, never the applicant, never the
 * same person twice. The process engine gives each step's task to that one user.
 *
 * <p>{@link #plan} picks, from the people the staff directory names:
 *
 * <ul>
 *   <li>step 1 ({@link ApprovalStep#DEPARTMENT_HEAD}): the first of head of the applicant's
 *       department, privacy officer, head of legal;
 *   <li>step 2 ({@link ApprovalStep#SECURITY_HEAD}): the first of head of security, privacy
 *       officer, head of legal, who is not the step-1 approver either;
 * </ul>
 *
 * skipping anyone absent or who is the applicant. When no such person exists for a step, nobody can
 * approve and the application is refused as a conflict (the staff directory must be fixed first).
 */
public record ApprovalRoute(String firstApprover, String secondApprover) {

  /** A route read back from storage, or made by {@link #plan}: two distinct named people. */
  public ApprovalRoute {
    if (isAbsent(firstApprover) || isAbsent(secondApprover)) {
      throw new IllegalArgumentException("both approvers are required");
    }
    if (firstApprover.equals(secondApprover)) {
      throw new IllegalArgumentException("the two approvers must be different people");
    }
  }

  /**
   * Routes an application by {@code applicant}.
   *
   * @param departmentHead head of the applicant's department; empty when the applicant has none
   * @param privacyOfficer head of the privacy office
   * @param legalHead head of legal
   * @param securityHead head of the security department
   * @throws DomainException CONFLICT when a step has nobody who may approve it
   */
  public static ApprovalRoute plan(
      String applicant,
      Optional<String> departmentHead,
      Optional<String> privacyOfficer,
      Optional<String> legalHead,
      Optional<String> securityHead) {
    Objects.requireNonNull(applicant, "applicant");
    String first =
        firstEligible(List.of(departmentHead, privacyOfficer, legalHead), List.of(applicant))
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "nobody can approve the department-head step: no department head, privacy"
                            + " officer or head of legal other than the applicant"));
    String second =
        firstEligible(List.of(securityHead, privacyOfficer, legalHead), List.of(applicant, first))
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "nobody can approve the security-head step: no head of security, privacy"
                            + " officer or head of legal other than the applicant and the first"
                            + " approver"));
    return new ApprovalRoute(first, second);
  }

  /** The one person who may decide {@code step}. */
  public String approverFor(ApprovalStep step) {
    return switch (Objects.requireNonNull(step, "step")) {
      case DEPARTMENT_HEAD -> firstApprover;
      case SECURITY_HEAD -> secondApprover;
    };
  }

  /** Whether {@code user} approves one of the steps. */
  public boolean involves(String user) {
    return firstApprover.equals(user) || secondApprover.equals(user);
  }

  private static Optional<String> firstEligible(
      List<Optional<String>> candidates, List<String> excluded) {
    return candidates.stream()
        .flatMap(Optional::stream)
        .map(String::strip)
        .filter(candidate -> !candidate.isEmpty())
        .filter(candidate -> !excluded.contains(candidate))
        .findFirst();
  }

  private static boolean isAbsent(String user) {
    return user == null || user.isBlank();
  }
}
