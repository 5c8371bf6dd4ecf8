package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Audits an attempt to verify an account with a document (or credit code) that already verifies
 * another account, in a transaction of its own: the refusal rolls the caller's transaction back,
 * but someone presenting another person's document must leave a trace. Never the document, nor
 * which account holds it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class VerificationRefusals {

  @Inject AuditTrail auditTrail;

  /** For the container. */
  public VerificationRefusals() {}

  /** Outside a container (tests). */
  public VerificationRefusals(AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
  }

  /** {@code accountId} submitted evidence of {@code kind} that is held by another account. */
  public void documentInUse(String accountId, String kind, String evidenceType) {
    auditTrail.record(
        new AuditEvent(
            accountId,
            "identity.verification-refused",
            DefaultAppUserRegistration.ACCOUNT,
            accountId,
            "kind " + kind + ", evidence " + evidenceType + ": already verifies another account"));
  }
}
