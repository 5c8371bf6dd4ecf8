package com.meike.privacy.partner.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Writes the audit entry of a refused transfer abroad (DATA-4) or of a sharing without an impact
 * assessment (AUD-3) in its own transaction: the refusal rolls the caller's transaction back, and
 * the record of it must stay. Call through the EJB proxy.
 */
@Stateless
public class CrossBorderRefusals {

  @Inject AuditTrail auditTrail;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditEvent event) {
    auditTrail.record(event);
  }
}
