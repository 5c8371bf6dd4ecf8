package com.meike.privacy.partner.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.partner.application.DeadLetterView;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaOutboxRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The relay's transactions on the real migrations and mappings (H2), each step in a transaction of
 * its own as in the container, against a transactional fake broker with duplicate detection (PTN-4,
 * issue 20): isolation with growing waits up to a dead letter, a duplicate refusal recorded as
 * delivery, rows claimed with SKIP LOCKED.
 */
@Tag("PTN-4")
class OutboxRelayOnH2Test {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  final PartnerDatabase database = new PartnerDatabase();
  final FakeBroker broker = new FakeBroker();
  final TxRelay relay = new TxRelay();

  /** The relay with each step in a database transaction, committed with the broker's. */
  final class TxRelay extends OutboxRelay {
    TxRelay() {
      queue = broker;
      clock = Clock.fixed(NOW, ZoneOffset.UTC);
      batch = 10;
      maxAttempts = 3;
      retryDelay = Duration.ofSeconds(10);
    }

    void at(Instant now) {
      clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    <T> T tx(Supplier<T> work) {
      try {
        T result =
            database.inTransaction(
                em -> {
                  outbox = new JpaOutboxRepository(em);
                  return work.get();
                });
        broker.commit();
        return result;
      } catch (RuntimeException e) {
        broker.rollback();
        throw e;
      }
    }

    @Override
    public int handOver(List<String> ids) {
      return tx(() -> super.handOver(ids));
    }

    @Override
    public boolean confirmHeld(String messageId) {
      return tx(() -> super.confirmHeld(messageId));
    }

    @Override
    public boolean isolate(String messageId, String cause) {
      return tx(() -> super.isolate(messageId, cause));
    }

    @Override
    public List<String> due() {
      return tx(super::due);
    }

    /** What the sweep does once. */
    RelayPass.Outcome sweep() {
      return RelayPass.run(due(), batch, steps(this));
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  void store(String id, String partner, int secondsAgo) {
    database.inTransaction(
        em -> {
          em.persist(
              new OutboxMessage(
                  id,
                  partner,
                  "sms.notification",
                  1,
                  "communication.order-sms",
                  false,
                  "{\"messageId\":\"" + id + "\"}",
                  NOW.minusSeconds(secondsAgo)));
          return null;
        });
  }

  OutboxMessage row(String id) {
    return database.inTransaction(em -> em.find(OutboxMessage.class, id));
  }

  List<DeadLetterView> deadLetters() {
    return database.inTransaction(
        em -> {
          DefaultDeadLetters letters = new DefaultDeadLetters();
          letters.outbox = new JpaOutboxRepository(em);
          letters.queue = max -> List.of();
          return letters.deadLetters();
        });
  }

  @Test
  @DisplayName(
      "issue 20: a message that keeps failing waits longer each time, then is a dead letter; the others go at once")
  void aFailingMessageIsIsolatedAndEndsAsADeadLetter() {
    broker.withoutQueue.add("amap");
    store("amap-1", "amap", 30); // the oldest: the old sweep stopped here for good
    store("sms-1", "sms", 20);
    store("sms-2", "sms", 10);

    RelayPass.Outcome first = relay.sweep();
    assertThat(broker.queuedIds()).containsExactly("sms-1", "sms-2");
    assertThat(first).isEqualTo(new RelayPass.Outcome(2, 0, 1, 0, false));
    assertThat(row("amap-1").relayAttempts()).isEqualTo(1);
    assertThat(row("amap-1").nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
    assertThat(row("amap-1").relayFailure())
        .contains("No queue java:/jms/queue/partner.amap.outbound");
    assertThat(relay.due()).as("not due before its wait is over").isEmpty();

    relay.at(NOW.plusSeconds(10));
    assertThat(relay.sweep().failed()).isEqualTo(1);
    assertThat(row("amap-1").nextAttemptAt()).isEqualTo(NOW.plusSeconds(10 + 20));

    relay.at(NOW.plusSeconds(30));
    assertThat(relay.sweep().deadLetters()).isEqualTo(1);
    OutboxMessage dead = row("amap-1");
    assertThat(dead.deadLetter()).isTrue();
    assertThat(dead.delivered()).isFalse();

    relay.at(NOW.plus(Duration.ofDays(1)));
    assertThat(relay.due()).as("the sweep passes over a dead letter").isEmpty();
    assertThat(deadLetters())
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.messageId()).isEqualTo("amap-1");
              assertThat(letter.originalQueue()).isEqualTo("partner.amap.outbound");
              assertThat(letter.partner()).isEqualTo("amap");
              assertThat(letter.attempts()).isEqualTo(3);
              assertThat(letter.failure()).contains("No queue");
              assertThat(letter.since()).isEqualTo(NOW.plusSeconds(30));
              assertThat(letter.brokerId()).isNull();
            });
    assertThat(broker.queuedIds()).containsExactly("sms-1", "sms-2");
  }

  @Test
  @DisplayName(
      "issue 20: the broker already holds the message while its row is pending: the row becomes delivered, no second copy")
  void aDuplicateRefusalMarksTheRowDelivered() {
    store("sms-1", "sms", 20);
    store("sms-2", "sms", 10);
    broker.held.add("sms-1");

    RelayPass.Outcome outcome = relay.sweep();
    assertThat(outcome).isEqualTo(new RelayPass.Outcome(1, 1, 0, 0, false));
    assertThat(broker.queuedIds()).containsExactly("sms-2");
    assertThat(row("sms-1").delivered()).isTrue();
    assertThat(row("sms-1").body()).isNull();
    assertThat(row("sms-1").relayAttempts()).isZero();
    assertThat(relay.due()).isEmpty();
    assertThat(relay.sweep().handled()).isZero();
  }

  @Test
  @DisplayName(
      "PTN-4: a row another relay holds is passed over, not waited for (FOR UPDATE SKIP LOCKED)")
  void claimingSkipsRowsAnotherTransactionHolds() {
    store("sms-1", "sms", 20);
    store("sms-2", "sms", 10);
    EntityManager other = database.emf.createEntityManager();
    try {
      other.getTransaction().begin();
      assertThat(new JpaOutboxRepository(other).claim(List.of("sms-1"))).hasSize(1);

      assertThat(relay.handOver(List.of("sms-1", "sms-2"))).isEqualTo(1);
      assertThat(broker.queuedIds()).containsExactly("sms-2");
    } finally {
      other.getTransaction().rollback();
      other.close();
    }
    assertThat(relay.handOver(List.of("sms-1", "sms-2"))).isEqualTo(1);
    assertThat(broker.queuedIds()).containsExactly("sms-2", "sms-1");
  }

  @Test
  void theFailureDescriptionNamesEveryCauseInnermostFirst() {
    RuntimeException failure =
        new RuntimeException("rolled back", new IllegalStateException("No queue x"));
    assertThat(OutboxRelay.describe(failure))
        .isEqualTo("IllegalStateException: No queue x <- RuntimeException: rolled back");
  }
}
