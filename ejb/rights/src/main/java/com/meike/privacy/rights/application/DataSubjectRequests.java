package com.meike.privacy.rights.application;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Data-subject requests (Part 2 §V; DSR-1..7, ID-7): filing by the person, a guardian or customer
 * service; verification (DSR-5); the steps the {@code data-subject-request} process performs; the
 * person's views, the one-time download of an access package and the complaint about an answer
 * (CMP-1). Every method is one transaction with its audit entry; refusals are {@link
 * com.meike.privacy.kernel.problem.DomainException}s naming the field.
 */
@Local
public interface DataSubjectRequests {

  /**
   * An app user asks, for themselves or (with {@code subject}) for a child whose recorded guardian
   * they are (ID-6). Raises {@link DataSubjectRequestFiled}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code kind},
   *     {@code deletionGround}, {@code details}; FORBIDDEN naming {@code subject} for anybody but
   *     one's own child
   */
  RequestView file(RequestFiling filing, String account);

  /**
   * Customer service registers a request received by phone (ID-7: cancellation goes through
   * customer service); identity is then verified by customer service.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code subject}
   *     (required, an existing account) and as {@link #file}
   */
  RequestView register(RequestFiling filing, String staff);

  /** The person's requests (made by them or about them), newest first. */
  List<RequestView> requestsOf(String account);

  /** One request for the person who made it or whom it is about; anybody else's is NOT_FOUND. */
  RequestView requestOf(String id, String account);

  /**
   * Sends a fresh code to the phone of the account that made the request (DSR-5).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT unless the request awaits a
   *     code; RATE_LIMITED as registration codes are
   */
  void sendCode(String id, String account, String clientAddress);

  /**
   * The requester types the code: identity verified, the clock starts; raises {@link
   * DataSubjectIdentityVerified}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code code}
   */
  RequestView verifyCode(String id, String account, String code);

  /** Customer service records its verification (phone requests, cancellations). */
  RequestView verifyByStaff(String id, String staff, boolean verified, String method);

  /** Nobody verified within the window: nothing is acted on. */
  RequestView verificationLapsed(String id);

  /** One request for a staff member or the process; audited. */
  RequestView request(String id, String viewer);

  /** The facts a handler's form shows (the person's details opened); audited. */
  HandlerFacts forHandler(String id, String handler, Set<String> groups);

  /**
   * Carries the request out and answers: ACCESS builds the sealed package from every context;
   * DELETION and CANCELLATION erase in every context and order every partner that received data to
   * delete (DSR-7); CORRECTION and EXPLANATION record the answer. The person is told.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code answer};
   *     CONFLICT unless in progress
   */
  RequestView fulfil(String id, String handler, String answer);

  /**
   * {@link #fulfil(String, String, String)} with the corrected values of a CORRECTION request
   * (field names of {@link com.meike.privacy.kernel.rights.PersonalDataHolder#CORRECTABLE}): each
   * context that holds a field corrects it, and the answer the person reads says what was corrected
   * where.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming an unknown field
   *     or {@code corrections} on another kind; CONFLICT when no context holds a field given
   */
  RequestView fulfil(
      String id, String handler, String answer, java.util.Map<String, String> corrections);

  /**
   * Refuses on a named ground (§I 3, §V(6)) with a reason the person reads.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code
   *     refusalGround} or {@code answer}; CONFLICT unless in progress
   */
  RequestView refuse(String id, String handler, String refusalGround, String reason);

  /**
   * Charges a fee for a repeated or excessive request (DSR-6, policy Part 2 §V) with a reason in
   * Chinese the person reads: the answer clock pauses until the person accepts, and the person is
   * told the amount and the last day to accept.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code feeAmount}
   *     (outside the configured CNY limits, more than two decimals) or {@code feeReason} (missing,
   *     too long, no Chinese); CONFLICT unless in progress or when a fee was charged already
   */
  RequestView chargeFee(String id, String handler, BigDecimal amount, String reason);

  /**
   * The requester accepts the fee (recorded; it is not collected through a payment partner): the
   * clock resumes with the working days it had left; raises {@link DataSubjectFeeAccepted}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for a request that is not
   *     the caller's; FORBIDDEN for the subject who did not make it (a guardian's child); CONFLICT
   *     when no fee awaits acceptance or its deadline passed
   */
  RequestView acceptFee(String id, String account);

  /** The fee was not accepted in time: the request closes with the reason recorded. */
  RequestView feeLapsed(String id);

  /** The reminder date passed: recorded. */
  void remind(String id);

  /** The last working day began without an answer: the privacy officer takes over. */
  RequestView escalate(String id);

  /** The deadline passed without an answer. */
  RequestView markOverdue(String id);

  /**
   * The ACCESS package, once, for the person who asked; audited.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND; CONFLICT when already taken
   */
  byte[] download(String id, String account);

  /**
   * Turns an answer the person is unhappy with into a complaint (CMP-1, DSR-6); returns the
   * complaint's number.
   */
  String complain(String id, String account, String text);

  /**
   * What a handler's form shows: the request, the opened details, earlier requests, automated
   * decisions.
   */
  record HandlerFacts(
      RequestView request, String details, long earlierRequests, List<String> automatedDecisions) {}
}
