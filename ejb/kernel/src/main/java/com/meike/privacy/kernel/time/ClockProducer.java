package com.meike.privacy.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the {@link Clock} that services inject instead of calling {@code Instant.now()}, so that
 * tests can hand them a fixed clock. Time is always UTC; presentation converts it.
 */
@ApplicationScoped
public class ClockProducer {

  /** The system clock in UTC. Dependent scope: {@code Clock} is immutable and cheap. */
  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
