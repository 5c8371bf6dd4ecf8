package com.meike.privacy.audit.application;

import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.ejb.Local;

/**
 * The append-only, hash-chained audit trail (AUD-1). {@link #record} joins the caller's
 * transaction, so an audit entry exists exactly when the change it describes was committed; it
 * takes no lock another transaction could wait for. Committed entries are linked into the hash
 * chain within seconds, in the order they became visible, by one chainer at a time across the
 * cluster, and the chain is sealed now and then with a keyed checkpoint.
 */
@Local
public interface AuditTrail {

  /** Appends one entry; the chainer links it after the caller's transaction committed. */
  void record(AuditEvent event);

  /**
   * Walks the whole chain with its checkpoints and reports the first broken link or seal, if any,
   * and the entries not linked yet.
   */
  ChainVerification verify();
}
