package com.meike.privacy.partner.domain.outbox;

import java.util.List;

/** The port to the broker's dead letters ({@code DLQ}): read only, nothing is taken off it. */
public interface DeadLetterQueue {

  /** What lies in the DLQ, oldest first, at most {@code max}. */
  List<DeadLetter> browse(int max);
}
