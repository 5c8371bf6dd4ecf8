package com.meike.privacy.audit.domain.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.audit.ChainCheck;
import com.meike.privacy.kernel.audit.Checkpoints;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.audit.StoredLink;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("AUD-1: the chain head links stored entries and seals the chain")
@Tag("AUD-1")
class AuditChainHeadTest {

  private static final Instant AT = Instant.parse("2025-04-01T10:00:00.123456789Z");
  private static final AuditEvent EVENT =
      new AuditEvent("cs.agent", "order.viewed", "Order", "O-1001", "opened for complaint C-1");
  private static final KeyedHash KEY = KeyedHash.fromSecret("k".repeat(32));

  private static StoredLink stored(AuditLink link, AuditEntry entry) {
    return new StoredLink(
        link.sequence(),
        entry.occurredAt(),
        entry.actor(),
        entry.action(),
        entry.subjectType(),
        entry.subjectId(),
        entry.detail(),
        link.previousHash(),
        link.hash());
  }

  @Test
  void firstLinkFollowsTheGenesisAndMovesTheHead() {
    AuditChainHead head = AuditChainHead.genesis();
    AuditEntry entry = AuditEntry.stored(42, EVENT, AT);

    AuditLink link = head.link(entry);

    assertThat(link.sequence()).isEqualTo(1);
    assertThat(link.entryId()).isEqualTo(42);
    assertThat(link.previousHash()).isEqualTo(HashChain.GENESIS_HASH);
    assertThat(link.hash())
        .isEqualTo(HashChain.link(HashChain.GENESIS_HASH, 1, entry.occurredAt(), EVENT));
    assertThat(head.lastSequence()).isEqualTo(1);
    assertThat(head.lastHash()).isEqualTo(link.hash());
  }

  @Test
  void timeIsKeptToTheMicrosecondTheDatabaseStores() {
    assertThat(AuditEntry.of(EVENT, AT).occurredAt())
        .isEqualTo(Instant.parse("2025-04-01T10:00:00.123456Z"));
  }

  @Test
  void successiveLinksFormAChainThatVerifiesWithItsCheckpoint() {
    AuditChainHead head = AuditChainHead.genesis();
    AuditEntry first = AuditEntry.stored(7, EVENT, AT);
    AuditEntry second =
        AuditEntry.stored(
            3, new AuditEvent("sec.head", "grant.approved", "Grant", "G-1", ""), AT.plusSeconds(5));
    AuditLink one = head.link(first);
    AuditLink two = head.link(second);
    AuditCheckpoint seal = head.seal(KEY, "c1", AT.plusSeconds(9), Checkpoints.GENESIS_MAC);

    assertThat(two.sequence()).isEqualTo(2);
    assertThat(two.previousHash()).isEqualTo(one.hash());
    assertThat(seal.sequence()).isEqualTo(2);
    assertThat(
            HashChain.verify(
                List.of(stored(one, first), stored(two, second)),
                2,
                head.lastHash(),
                List.of(seal.toStored()),
                id -> id.equals("c1") ? KEY : null))
        .isEqualTo(ChainCheck.intact(2));
  }

  @Test
  void anEntryNotYetStoredCannotBeLinkedAndAnEmptyChainNotSealed() {
    AuditChainHead head = AuditChainHead.genesis();

    assertThatThrownBy(() -> head.link(AuditEntry.of(EVENT, AT)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> head.seal(KEY, "c1", AT, Checkpoints.GENESIS_MAC))
        .isInstanceOf(IllegalStateException.class);
    assertThat(head.lastSequence()).isZero();
  }

  @Test
  void fieldsLongerThanTheirColumnsAreRefused() {
    AuditEvent tooLong =
        new AuditEvent(
            "cs.agent", "order.viewed", "Order", "O-1", "x".repeat(AuditEntry.DETAIL_LENGTH + 1));

    assertThatThrownBy(() -> AuditEntry.of(tooLong, AT))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
              assertThat(e.field()).isEqualTo("detail");
            });
    assertThat(
            AuditEntry.of(
                    new AuditEvent("a", "b", "c", "d", "x".repeat(AuditEntry.DETAIL_LENGTH)), AT)
                .detail())
        .hasSize(AuditEntry.DETAIL_LENGTH);
  }

  @Test
  void aHeadMustNameAValidPlaceInTheChain() {
    assertThatThrownBy(() -> new AuditChainHead(-1, HashChain.GENESIS_HASH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditChainHead(3, "not a hash"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
