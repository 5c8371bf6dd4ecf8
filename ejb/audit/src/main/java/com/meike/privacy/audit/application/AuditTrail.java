package com.meike.privacy.audit.application;

import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.ejb.Local;

/**
 * The append-only, hash-chained audit trail (AUD-1). {@link #record} joins the caller's
 * transaction, so an audit entry exists exactly when the change it describes was committed.
 */
@Local
public interface AuditTrail {

  /** Appends one entry, linked by hash to the previous one. */
  void record(AuditEvent event);

  /** Walks the whole chain and reports the first broken link, if any. */
  ChainVerification verify();
}
