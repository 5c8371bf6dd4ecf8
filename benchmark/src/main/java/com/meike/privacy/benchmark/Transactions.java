package com.meike.privacy.benchmark;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/**
 * One JTA transaction per user step, begun and committed here, as a request of the REST API or
 * Tasklist would: the service or engine call inside joins it, and the commit is part of the step.
 */
final class Transactions {

  private final UserTransaction transaction;

  Transactions(UserTransaction transaction) {
    this.transaction = transaction;
  }

  <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    boolean committed = false;
    try {
      T result = work.call();
      transaction.commit();
      committed = true;
      return result;
    } finally {
      if (!committed) {
        rollBack();
      }
    }
  }

  private void rollBack() throws SystemException {
    int status = transaction.getStatus();
    if (status != Status.STATUS_NO_TRANSACTION
        && status != Status.STATUS_COMMITTED
        && status != Status.STATUS_ROLLEDBACK) {
      transaction.rollback();
    }
  }
}
