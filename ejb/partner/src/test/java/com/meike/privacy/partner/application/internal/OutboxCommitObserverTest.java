package com.meike.privacy.partner.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The messages one transaction writes are relayed together, once it has committed, and never when
 * it rolls back (PTN-4: one change's messages in one hand-over).
 */
@Tag("PTN-4")
class OutboxCommitObserverTest {

  /** One transaction at a time, as the transaction manager's registry shows it to the observer. */
  static final class Transaction implements TransactionSynchronizationRegistry {
    final Map<Object, Object> resources = new HashMap<>();
    final List<Synchronization> synchronizations = new ArrayList<>();
    Object key = "tx-1";
    boolean rollbackOnly;

    void end(int status) {
      synchronizations.forEach(s -> s.afterCompletion(status));
    }

    @Override
    public Object getTransactionKey() {
      return key;
    }

    @Override
    public void putResource(Object k, Object value) {
      resources.put(k, value);
    }

    @Override
    public Object getResource(Object k) {
      return resources.get(k);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      return rollbackOnly ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
      return rollbackOnly;
    }
  }

  /** The relay, recording what it is asked to relay. */
  static final class Relay extends OutboxRelay {
    final List<List<String>> relayed = new ArrayList<>();

    @Override
    public void relaySoon(List<String> messageIds) {
      relayed.add(messageIds);
    }
  }

  final Transaction transaction = new Transaction();
  final Relay relay = new Relay();
  final OutboxCommitObserver observer = new OutboxCommitObserver();

  OutboxCommitObserverTest() {
    observer.relay = relay;
    observer.transactions = transaction;
  }

  @Test
  @DisplayName("PTN-4: a change's messages are relayed together after its commit")
  void oneRelayPerCommittedTransaction() {
    observer.written(new OutboxWritten("m-1"));
    observer.written(new OutboxWritten("m-2"));
    observer.written(new OutboxWritten("m-3"));
    assertThat(relay.relayed).as("nothing before the commit").isEmpty();
    assertThat(transaction.synchronizations).hasSize(1);
    transaction.end(Status.STATUS_COMMITTED);
    assertThat(relay.relayed).containsExactly(List.of("m-1", "m-2", "m-3"));
  }

  @Test
  @DisplayName("PTN-4: a rolled-back change sends nothing")
  void nothingAfterARollback() {
    observer.written(new OutboxWritten("m-1"));
    transaction.end(Status.STATUS_ROLLEDBACK);
    transaction.rollbackOnly = true;
    observer.written(new OutboxWritten("m-2"));
    assertThat(relay.relayed).isEmpty();
  }

  @Test
  void withoutATransactionTheRowIsCommittedAndRelayedAtOnce() {
    transaction.key = null;
    observer.written(new OutboxWritten("m-1"));
    assertThat(relay.relayed).containsExactly(List.of("m-1"));
  }
}
