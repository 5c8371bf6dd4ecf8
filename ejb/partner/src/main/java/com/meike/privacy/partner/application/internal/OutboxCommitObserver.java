package com.meike.privacy.partner.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts delivery of the messages a transaction wrote once it has committed — never before, so a
 * rolled-back change sends nothing — all of them together, so that the relay hands one change's
 * messages to the broker in one transaction; on another thread, so the caller does not wait for the
 * broker. The ids are collected per transaction in the transaction synchronization registry.
 */
@ApplicationScoped
public class OutboxCommitObserver {

  private static final Object KEY = OutboxCommitObserver.class.getName() + ".written";

  @Inject OutboxRelay relay;
  @Resource TransactionSynchronizationRegistry transactions;

  void written(@Observes OutboxWritten written) {
    if (transactions.getTransactionKey() == null) {
      relay.relaySoon(List.of(written.messageId())); // no transaction: the row is committed already
      return;
    }
    if (transactions.getRollbackOnly()) {
      return; // it will roll back: nothing to send
    }
    @SuppressWarnings("unchecked")
    List<String> ids = (List<String>) transactions.getResource(KEY);
    if (ids == null) {
      List<String> collected = new ArrayList<>();
      transactions.putResource(KEY, collected);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                relay.relaySoon(List.copyOf(collected));
              }
            }
          });
      ids = collected;
    }
    ids.add(written.messageId());
  }
}
