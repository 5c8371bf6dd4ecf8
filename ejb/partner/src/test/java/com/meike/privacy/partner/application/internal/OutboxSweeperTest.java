package com.meike.privacy.partner.application.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep hands every pending message to the relay and stops at the first failure. */
class OutboxSweeperTest {

  final OutboxRelay relay = mock(OutboxRelay.class);
  final OutboxSweeper sweeper = new OutboxSweeper();

  OutboxSweeperTest() {
    sweeper.relay = relay;
  }

  @Test
  void everyPendingMessageIsDeliveredInItsOwnCall() {
    when(relay.pending(OutboxSweeper.BATCH)).thenReturn(List.of("m-1", "m-2"));
    when(relay.deliver("m-1")).thenReturn(true);
    when(relay.deliver("m-2")).thenReturn(false);
    sweeper.sweep();
    verify(relay).deliver("m-1");
    verify(relay).deliver("m-2");
  }

  @Test
  void aFailureLeavesTheRestForTheNextSweep() {
    when(relay.pending(OutboxSweeper.BATCH)).thenReturn(List.of("m-1", "m-2"));
    when(relay.deliver("m-1")).thenThrow(new IllegalStateException("broker down"));
    sweeper.sweep();
    verify(relay, never()).deliver("m-2");
  }
}
