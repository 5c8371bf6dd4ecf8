package com.meike.privacy.partner.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The relay's rules for one pass (PTN-4, issue 20): batches in one transaction; a failed batch
 * retried message by message; a duplicate refusal recorded as delivery; a message failing on its
 * own isolated while the rest go; a broker that does not answer stops the pass without blaming any
 * message.
 */
@Tag("PTN-4")
class RelayPassTest {

  /** Steps over an in-memory outbox and the fake broker; records every transaction's ids. */
  static final class Scripted implements RelayPass.Steps {
    final FakeBroker broker = new FakeBroker();
    final Set<String> delivered = new HashSet<>();
    final List<List<String>> transactions = new ArrayList<>();
    final List<String> confirmed = new ArrayList<>();
    final List<String> isolated = new ArrayList<>();
    Set<String> dying = new HashSet<>();

    static String partner(String id) {
      return id.startsWith("ghost") ? "ghost" : "sms";
    }

    @Override
    public int handOver(List<String> ids) {
      transactions.add(List.copyOf(ids));
      int count = 0;
      try {
        for (String id : ids) {
          if (!delivered.contains(id)) {
            broker.put(partner(id), id, "sms.notification", "{}");
            count++;
          }
        }
      } catch (RuntimeException e) {
        broker.rollback();
        throw e;
      }
      broker.commit();
      ids.forEach(delivered::add);
      return count;
    }

    @Override
    public boolean confirmHeld(String id) {
      confirmed.add(id);
      return delivered.add(id);
    }

    @Override
    public boolean isolate(String id, Throwable cause) {
      isolated.add(id);
      return dying.contains(id);
    }

    @Override
    public boolean alreadyHolds(Throwable failure) {
      return broker.alreadyHolds(failure);
    }

    @Override
    public boolean brokerReachable() {
      return broker.reachable();
    }
  }

  final Scripted steps = new Scripted();

  @Test
  @DisplayName("PTN-4: all messages of a pass go in one transaction per batch")
  void oneTransactionPerBatch() {
    RelayPass.Outcome outcome = RelayPass.run(List.of("a", "b", "c", "d", "e"), 2, steps);
    assertThat(steps.transactions)
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    assertThat(steps.broker.queuedIds()).containsExactly("a", "b", "c", "d", "e");
    assertThat(outcome).isEqualTo(new RelayPass.Outcome(5, 0, 0, 0, false));
  }

  @Test
  @DisplayName(
      "PTN-4: a message that fails on its own is isolated and every other one is delivered")
  void aBadMessageIsIsolatedAndTheRestGo() {
    steps.broker.withoutQueue.add("ghost");
    RelayPass.Outcome outcome = RelayPass.run(List.of("a", "ghost-1", "b", "c"), 10, steps);
    assertThat(steps.broker.queuedIds()).containsExactly("a", "b", "c");
    assertThat(steps.isolated).containsExactly("ghost-1");
    assertThat(steps.transactions)
        .containsExactly(
            List.of("a", "ghost-1", "b", "c"),
            List.of("a"),
            List.of("ghost-1"),
            List.of("b"),
            List.of("c"));
    assertThat(outcome).isEqualTo(new RelayPass.Outcome(3, 0, 1, 0, false));
  }

  @Test
  @DisplayName("issue 20: a duplicate-id refusal is proof of delivery, recorded, never retried")
  void aDuplicateRefusalIsDelivery() {
    steps.broker.held.add(
        "b"); // committed on the broker's side before, while its row stayed pending
    RelayPass.Outcome outcome = RelayPass.run(List.of("a", "b", "c"), 10, steps);
    assertThat(steps.confirmed).containsExactly("b");
    assertThat(steps.isolated).isEmpty();
    assertThat(steps.delivered).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(steps.broker.queuedIds()).containsExactly("a", "c");
    assertThat(steps.transactions.stream().filter(t -> t.contains("b")))
        .hasSize(2); // the batch, then once alone
    assertThat(outcome).isEqualTo(new RelayPass.Outcome(2, 1, 0, 0, false));
  }

  @Test
  void theLastFailedAttemptMakesADeadLetter() {
    steps.broker.withoutQueue.add("ghost");
    steps.dying.add("ghost-1");
    RelayPass.Outcome outcome = RelayPass.run(List.of("ghost-1"), 10, steps);
    assertThat(outcome).isEqualTo(new RelayPass.Outcome(0, 0, 1, 1, false));
  }

  @Test
  @DisplayName("PTN-4: while the broker does not answer no message is blamed and the pass stops")
  void aBrokerOutageBlamesNoMessage() {
    steps.broker.down = true;
    RelayPass.Outcome outcome = RelayPass.run(List.of("a", "b", "c"), 10, steps);
    assertThat(steps.isolated).isEmpty();
    assertThat(steps.transactions).containsExactly(List.of("a", "b", "c"), List.of("a"));
    assertThat(outcome.brokerDown()).isTrue();
    assertThat(outcome.handled()).isZero();
  }
}
