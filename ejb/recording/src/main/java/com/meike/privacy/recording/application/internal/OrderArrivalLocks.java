package com.meike.privacy.recording.application.internal;

import com.meike.privacy.recording.domain.session.RecordingSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;

/**
 * Creates an order's arrival lock on its first arrival, in a transaction of its own: two first
 * arrivals at the same moment both try, one insert wins, the other fails on the primary key and
 * only its own short transaction rolls back — both then lock the same row.
 */
@Stateless
public class OrderArrivalLocks {

  @Inject RecordingSessionRepository sessions;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String orderNumber) {
    try {
      sessions.addOrderLock(orderNumber, clock.instant());
    } catch (PersistenceException createdByAnotherArrival) {
      // the row exists now, which is all this was for; this transaction is rolled back
    }
  }
}
