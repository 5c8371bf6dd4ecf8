package com.meike.privacy.audit.domain.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.audit.ChainCheck;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.problem.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainHeadTest {

  private static final Instant AT = Instant.parse("2025-04-01T10:00:00.123456789Z");
  private static final AuditEvent EVENT =
      new AuditEvent("cs.agent", "order.viewed", "Order", "O-1001", "opened for complaint C-1");

  @Test
  void firstEntryFollowsTheGenesisAndMovesTheHead() {
    AuditChainHead head = AuditChainHead.genesis();

    AuditEntry entry = head.append(EVENT, AT);

    assertThat(entry.sequence()).isEqualTo(1);
    assertThat(entry.previousHash()).isEqualTo(HashChain.GENESIS_HASH);
    assertThat(entry.hash())
        .isEqualTo(HashChain.link(HashChain.GENESIS_HASH, 1, entry.occurredAt(), EVENT));
    assertThat(
            List.of(
                entry.actor(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                entry.detail()))
        .containsExactly("cs.agent", "order.viewed", "Order", "O-1001", "opened for complaint C-1");
    assertThat(head.lastSequence()).isEqualTo(1);
    assertThat(head.lastHash()).isEqualTo(entry.hash());
  }

  @Test
  void timeIsKeptToTheMicrosecondTheDatabaseStores() {
    AuditEntry entry = AuditChainHead.genesis().append(EVENT, AT);

    assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2025-04-01T10:00:00.123456Z"));
  }

  @Test
  void successiveEntriesFormAChainThatVerifies() {
    AuditChainHead head = AuditChainHead.genesis();
    AuditEntry first = head.append(EVENT, AT);
    AuditEntry second =
        head.append(
            new AuditEvent("sec.head", "grant.approved", "Grant", "G-1", ""), AT.plusSeconds(5));

    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(
            HashChain.verify(
                List.of(first.toStoredLink(), second.toStoredLink()), 2, head.lastHash()))
        .isEqualTo(ChainCheck.intact(2));
  }

  @Test
  void fieldsLongerThanTheirColumnsAreRefusedWithoutMovingTheHead() {
    AuditChainHead head = AuditChainHead.genesis();
    AuditEvent tooLong =
        new AuditEvent(
            "cs.agent", "order.viewed", "Order", "O-1", "x".repeat(AuditEntry.DETAIL_LENGTH + 1));

    assertThatThrownBy(() -> head.append(tooLong, AT))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
              assertThat(e.field()).isEqualTo("detail");
            });
    assertThat(head.lastSequence()).isZero();
    assertThat(
            head.append(
                    new AuditEvent("a", "b", "c", "d", "x".repeat(AuditEntry.DETAIL_LENGTH)), AT)
                .sequence())
        .isEqualTo(1);
  }

  @Test
  void aHeadMustNameAValidPlaceInTheChain() {
    assertThatThrownBy(() -> new AuditChainHead(-1, HashChain.GENESIS_HASH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditChainHead(3, "not a hash"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
