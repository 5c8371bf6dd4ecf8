package com.meike.privacy.partner.application.internal;

import com.meike.privacy.partner.domain.outbox.PartnerQueue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The broker at the relay's port, for tests: transactional (puts count once {@link #commit}ted),
 * with duplicate detection over every id it ever committed, a partner whose queue it does not have,
 * and an outage.
 */
final class FakeBroker implements PartnerQueue {

  /** What a refused second copy looks like at the port. */
  static final class DuplicateRefused extends RuntimeException {
    DuplicateRefused(String id) {
      super("duplicate id " + id);
    }
  }

  final List<String[]> queued = new ArrayList<>();
  final Set<String> held = new HashSet<>();
  final Set<String> withoutQueue = new HashSet<>();
  boolean down;
  int transactions;
  private final List<String[]> uncommitted = new ArrayList<>();

  @Override
  public void put(String partnerId, String messageId, String type, String body) {
    if (down) {
      throw new IllegalStateException("AMQ219010: Connection is destroyed");
    }
    if (withoutQueue.contains(partnerId)) {
      throw new IllegalStateException(
          "No queue java:/jms/queue/partner." + partnerId + ".outbound on this server");
    }
    if (held.contains(messageId)) {
      throw new DuplicateRefused(messageId);
    }
    uncommitted.add(new String[] {partnerId, messageId, type, body});
  }

  void commit() {
    transactions++;
    uncommitted.forEach(m -> held.add(m[1]));
    queued.addAll(uncommitted);
    uncommitted.clear();
  }

  void rollback() {
    uncommitted.clear();
  }

  @Override
  public boolean alreadyHolds(Throwable failure) {
    return failure instanceof DuplicateRefused;
  }

  @Override
  public boolean reachable() {
    return !down;
  }

  List<String> queuedIds() {
    return queued.stream().map(m -> m[1]).toList();
  }
}
