package com.meike.privacy.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.crypto.KeyedHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AUD-1: keyed checkpoints of the audit chain")
class CheckpointsTest {

  private static final Instant AT = Instant.parse("2026-12-06T05:00:00.123456Z");
  private static final KeyedHash KEY = KeyedHash.fromSecret("a".repeat(64));
  private static final KeyedHash OTHER_KEY = KeyedHash.fromSecret("b".repeat(64));
  private static final Function<String, KeyedHash> KEYS = id -> "c1".equals(id) ? KEY : null;

  /** A chain of {@code n} entries. */
  private static List<StoredLink> chain(int n) {
    List<StoredLink> links = new ArrayList<>();
    String previous = HashChain.GENESIS_HASH;
    for (int s = 1; s <= n; s++) {
      AuditEvent e = new AuditEvent("ops.agent", "order.viewed", "Order", "O-" + s, "");
      String hash = HashChain.link(previous, s, AT, e);
      links.add(
          new StoredLink(
              s,
              AT,
              e.actor(),
              e.action(),
              e.subjectType(),
              e.subjectId(),
              e.detail(),
              previous,
              hash));
      previous = hash;
    }
    return links;
  }

  private static StoredCheckpoint seal(KeyedHash key, StoredLink at, String previousMac) {
    return new StoredCheckpoint(
        at.sequence(),
        at.hash(),
        AT,
        "c1",
        previousMac,
        Checkpoints.mac(key, at.sequence(), at.hash(), AT, "c1", previousMac));
  }

  @Test
  void genuineCheckpointsInOrderVerify() {
    List<StoredLink> links = chain(6);
    StoredCheckpoint first = seal(KEY, links.get(2), Checkpoints.GENESIS_MAC);
    StoredCheckpoint second = seal(KEY, links.get(5), first.mac());

    assertThat(HashChain.verify(links, 6, links.get(5).hash(), List.of(first, second), KEYS))
        .isEqualTo(ChainCheck.intact(6));
  }

  @Test
  void aCheckpointMadeWithoutTheKeyIsRefused() {
    List<StoredLink> links = chain(3);
    StoredCheckpoint forged = seal(OTHER_KEY, links.get(2), Checkpoints.GENESIS_MAC);

    assertThat(HashChain.verify(links, 3, links.get(2).hash(), List.of(forged), KEYS))
        .isEqualTo(ChainCheck.broken(3, 3, HashChain.CHECKPOINT_MISMATCH));
  }

  @Test
  void aCheckpointRemovedFromTheMiddleBreaksTheNextOne() {
    List<StoredLink> links = chain(6);
    StoredCheckpoint first = seal(KEY, links.get(1), Checkpoints.GENESIS_MAC);
    StoredCheckpoint second = seal(KEY, links.get(3), first.mac());
    StoredCheckpoint third = seal(KEY, links.get(5), second.mac());

    assertThat(HashChain.verify(links, 6, links.get(5).hash(), List.of(first, third), KEYS))
        .isEqualTo(ChainCheck.broken(6, 6, HashChain.CHECKPOINT_MISMATCH));
  }

  @Test
  void aChainEndingBeforeItsNewestCheckpointHasADeletedTail() {
    List<StoredLink> links = chain(5);
    StoredCheckpoint seal = seal(KEY, links.get(4), Checkpoints.GENESIS_MAC);
    List<StoredLink> cut = links.subList(0, 3);

    assertThat(HashChain.verify(cut, 3, cut.get(2).hash(), List.of(seal), KEYS))
        .isEqualTo(ChainCheck.broken(3, 4, HashChain.DELETED_TAIL));
  }

  @Test
  void aCheckpointUnderAKeyTheVerifierLacksCannotBeVouchedFor() {
    List<StoredLink> links = chain(2);
    StoredCheckpoint seal = seal(KEY, links.get(1), Checkpoints.GENESIS_MAC);

    assertThat(HashChain.verify(links, 2, links.get(1).hash(), List.of(seal), id -> null))
        .isEqualTo(ChainCheck.broken(2, 2, HashChain.CHECKPOINT_KEY_UNKNOWN));
  }
}
