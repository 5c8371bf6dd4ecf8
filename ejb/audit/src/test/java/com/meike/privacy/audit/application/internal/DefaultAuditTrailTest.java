package com.meike.privacy.audit.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditTrailRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.audit.StoredLink;
import com.meike.privacy.kernel.problem.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultAuditTrailTest {

  private static final Instant NOW = Instant.parse("2025-05-06T07:08:09.123456Z");

  /** The repository contract in memory; counts locks and page queries. */
  private static final class InMemoryRepository implements AuditTrailRepository {
    final AuditChainHead head = AuditChainHead.genesis();
    final NavigableMap<Long, StoredLink> entries = new TreeMap<>();
    int locks;
    int pageQueries;

    @Override
    public AuditChainHead lockHead() {
      locks++;
      return head;
    }

    @Override
    public AuditChainHead head() {
      return new AuditChainHead(head.lastSequence(), head.lastHash());
    }

    @Override
    public void add(AuditEntry entry) {
      entries.put(entry.sequence(), entry.toStoredLink());
    }

    @Override
    public List<StoredLink> links(long afterSequence, long upToSequence, int limit) {
      pageQueries++;
      return entries.subMap(afterSequence, false, upToSequence, true).values().stream()
          .limit(limit)
          .toList();
    }
  }

  private InMemoryRepository repository;
  private DefaultAuditTrail trail;

  @BeforeEach
  void emptyTrail() {
    repository = new InMemoryRepository();
    trail = new DefaultAuditTrail(repository, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static AuditEvent event(int n) {
    return new AuditEvent("ops.agent", "order.viewed", "Order", "O-" + n, "look-up " + n);
  }

  @Test
  void recordLocksTheHeadAndAppendsALinkedEntryAtTheClocksTime() {
    trail.record(event(1));
    trail.record(event(2));

    assertThat(repository.locks).isEqualTo(2);
    StoredLink first = repository.entries.get(1L);
    StoredLink second = repository.entries.get(2L);
    assertThat(first.occurredAt()).isEqualTo(NOW);
    assertThat(first.previousHash()).isEqualTo(HashChain.GENESIS_HASH);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(repository.head.lastHash()).isEqualTo(second.hash());
  }

  @Test
  void recordRefusesAMissingEvent() {
    assertThatThrownBy(() -> trail.record(null)).isInstanceOf(DomainException.class);
    assertThat(repository.entries).isEmpty();
  }

  @Test
  void verifyWalksALongChainInPagesOfAThousand() {
    for (int n = 1; n <= 2500; n++) {
      trail.record(event(n));
    }

    ChainVerification verification = trail.verify();

    assertThat(verification).isEqualTo(new ChainVerification(true, 2500, null, null));
    assertThat(repository.pageQueries).isEqualTo(3);
  }

  @Test
  void verifyOfAnEmptyTrailIsIntact() {
    assertThat(trail.verify()).isEqualTo(new ChainVerification(true, 0, null, null));
  }

  @Test
  void verifyReportsTheFirstTamperedEntry() {
    for (int n = 1; n <= 5; n++) {
      trail.record(event(n));
    }
    StoredLink third = repository.entries.get(3L);
    repository.entries.put(
        3L,
        new StoredLink(
            3,
            third.occurredAt(),
            "someone.else",
            third.action(),
            third.subjectType(),
            third.subjectId(),
            third.detail(),
            third.previousHash(),
            third.hash()));

    assertThat(trail.verify())
        .isEqualTo(new ChainVerification(false, 3, 3L, HashChain.HASH_MISMATCH));
  }

  @Test
  void verifyReportsRemovedNewestEntries() {
    for (int n = 1; n <= 3; n++) {
      trail.record(event(n));
    }
    repository.entries.remove(3L);

    assertThat(trail.verify())
        .isEqualTo(new ChainVerification(false, 2, 3L, HashChain.HEAD_MISMATCH));
  }
}
