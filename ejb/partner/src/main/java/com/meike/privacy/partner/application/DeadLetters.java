package com.meike.privacy.partner.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The dead letters of partner messaging, for operations: messages to a partner that it failed to
 * take within the bounded redeliveries (poison messages, see configure-messaging.cli), replies the
 * broker moved after our processing failed five times, and replies we refused. Read-only.
 */
@Local
public interface DeadLetters {

  /** What lies in {@code DLQ}, oldest first (at most 500). */
  List<DeadLetterView> deadLetters();
}
