package com.meike.privacy.partner.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts delivery of a message once the transaction that wrote it has committed — never before, so
 * a rolled-back change sends nothing — on another thread, so the caller does not wait for the
 * broker.
 */
@ApplicationScoped
public class OutboxCommitObserver {

  @Inject OutboxRelay relay;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    relay.deliverSoon(written.messageId());
  }
}
