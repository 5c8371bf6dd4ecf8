package com.meike.privacy.order.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Writes the audit entry of a refused access in its own transaction. A refusal is thrown as a
 * {@link com.meike.privacy.kernel.problem.DomainException}, which rolls the caller's transaction
 * back — and with it any audit entry written there; this one must survive (AUD-1: every refused
 * look at an order's contact is on record). Call it through its EJB proxy (injection), never as
 * {@code this}.
 *
 * <p>The caller must not have written to the audit trail in its own, suspended transaction before,
 * or the two transactions could wait on each other at the chain's head.
 */
@Stateless
public class RefusalRecorder {

  @Inject AuditTrail auditTrail;

  /** Appends {@code event} and commits it at once, whatever the caller's transaction does next. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditEvent event) {
    auditTrail.record(event);
  }
}
