package com.meike.privacy.partner.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The dead letters of partner messaging, for operations: messages the relay could not hand to the
 * broker within its attempts ({@code meike.partner.relay-max-attempts}; kept in the outbox with the
 * cause), messages to a partner that it failed to take within the bounded redeliveries (poison
 * messages, see configure-messaging.cli), replies the broker moved after our processing failed five
 * times, and replies we refused. Read-only.
 */
@Local
public interface DeadLetters {

  /**
   * The relay's dead letters, oldest first, then what lies in {@code DLQ}, oldest first (at most
   * 500 each).
   */
  List<DeadLetterView> deadLetters();
}
