package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.domain.verification.CodeCheck;
import com.meike.privacy.identity.domain.verification.PhoneVerificationRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Counts and audits refused code attempts and rate-limited requests, each in a transaction of its
 * own: the refusal rolls the caller's transaction back, but brute force must still be throttled
 * (the wrong attempt counts towards burning the code) and leave a trace. Never the code itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CodeAttempts {

  @Inject PhoneVerificationRepository verifications;
  @Inject AuditTrail auditTrail;

  /** For the container. */
  public CodeAttempts() {}

  /** Outside a container (tests). */
  public CodeAttempts(PhoneVerificationRepository verifications, AuditTrail auditTrail) {
    this.verifications = verifications;
    this.auditTrail = auditTrail;
  }

  /**
   * A refused code. {@code verificationId} is null when the phone had no code (or the code was
   * malformed); a wrong code counts against its verification.
   */
  public void rejected(String verificationId, CodeCheck check) {
    if (verificationId != null
        && (check == CodeCheck.WRONG || check == CodeCheck.WRONG_AND_BURNT)) {
      verifications.verification(verificationId).ifPresent(v -> v.failedAttempt());
    }
    auditTrail.record(
        new AuditEvent(
            DefaultAppUserRegistration.ANONYMOUS,
            "registration.code-refused",
            DefaultAppUserRegistration.VERIFICATION,
            verificationId == null ? "none" : verificationId,
            check.name()));
  }

  /** A code request refused by the limit on {@code limit} ("phone" or "client address"). */
  public void rateLimited(String limit) {
    auditTrail.record(
        new AuditEvent(
            DefaultAppUserRegistration.ANONYMOUS,
            "registration.code-rate-limited",
            DefaultAppUserRegistration.VERIFICATION,
            "none",
            "limit per " + limit));
  }
}
