package com.meike.privacy.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

  private static final Instant START = Instant.parse("2025-03-01T08:00:00.123456Z");

  /** A correctly linked chain of {@code size} entries. */
  private static List<StoredLink> chain(int size) {
    List<StoredLink> links = new ArrayList<>();
    String previous = HashChain.GENESIS_HASH;
    for (long sequence = 1; sequence <= size; sequence++) {
      Instant at = START.plus(Duration.ofSeconds(sequence));
      String actor = "user-" + sequence;
      String detail = "detail " + sequence;
      String hash =
          HashChain.link(
              previous, sequence, at, actor, "order.viewed", "Order", "O-" + sequence, detail);
      links.add(
          new StoredLink(
              sequence,
              at,
              actor,
              "order.viewed",
              "Order",
              "O-" + sequence,
              detail,
              previous,
              hash));
      previous = hash;
    }
    return links;
  }

  private static StoredLink withDetail(StoredLink l, String detail) {
    return new StoredLink(
        l.sequence(),
        l.occurredAt(),
        l.actor(),
        l.action(),
        l.subjectType(),
        l.subjectId(),
        detail,
        l.previousHash(),
        l.hash());
  }

  @Test
  void genesisHashIsSixtyFourZeros() {
    assertThat(HashChain.GENESIS_HASH).hasSize(64).matches("0+");
    assertThat(HashChain.isHash(HashChain.GENESIS_HASH)).isTrue();
  }

  @Test
  void linkIsLowerCaseHexSha256AndDeterministic() {
    AuditEvent event =
        new AuditEvent("cs.agent", "order.viewed", "Order", "O-1", "opened from complaint C-7");
    String first = HashChain.link(HashChain.GENESIS_HASH, 1, START, event);
    String again = HashChain.link(HashChain.GENESIS_HASH, 1, START, event);

    assertThat(first).matches("[0-9a-f]{64}").isEqualTo(again);
    assertThat(HashChain.link(HashChain.GENESIS_HASH, 2, START, event)).isNotEqualTo(first);
    assertThat(HashChain.link(first, 1, START, event)).isNotEqualTo(first);
  }

  @Test
  void linkMatchesAKnownDigest() {
    // Pins the canonical format: changing it would silently break every stored chain.
    String canonical =
        HashChain.canonical(
            1,
            Instant.parse("2025-01-31T08:15:30Z"),
            "a",
            "b",
            "c",
            "d",
            "",
            HashChain.GENESIS_HASH);

    assertThat(canonical)
        .isEqualTo(
            "meike-audit-v11:127:2025-01-31T08:15:30.000000Z1:a1:b1:c1:d0:64:"
                + HashChain.GENESIS_HASH);
    assertThat(
            HashChain.link(
                HashChain.GENESIS_HASH,
                1,
                Instant.parse("2025-01-31T08:15:30Z"),
                "a",
                "b",
                "c",
                "d",
                ""))
        .isEqualTo(sha256Hex(canonical));
  }

  @Test
  void fieldBoundariesAreUnambiguous() {
    String ab = HashChain.link(HashChain.GENESIS_HASH, 1, START, "ab", "c", "T", "1", "");
    String abMoved = HashChain.link(HashChain.GENESIS_HASH, 1, START, "a", "bc", "T", "1", "");
    String separatorInValue =
        HashChain.link(HashChain.GENESIS_HASH, 1, START, "a1:b", "", "T", "1", "");
    String separatorMoved =
        HashChain.link(HashChain.GENESIS_HASH, 1, START, "a", "1:b", "T", "1", "");

    assertThat(ab).isNotEqualTo(abMoved);
    assertThat(separatorInValue).isNotEqualTo(separatorMoved);
  }

  @Test
  void nullAndEmptyDetailHashDifferently() {
    assertThat(HashChain.canonical(1, START, "a", "b", "c", "d", null, HashChain.GENESIS_HASH))
        .isNotEqualTo(
            HashChain.canonical(1, START, "a", "b", "c", "d", "", HashChain.GENESIS_HASH));
  }

  @Test
  void multiByteCharactersAreCountedInBytes() {
    assertThat(HashChain.canonical(1, START, "安全部", "b", "c", "d", "", HashChain.GENESIS_HASH))
        .contains("9:安全部");
  }

  @Test
  void timeIsWrittenInUtcWithMicroseconds() {
    Instant withNanos = Instant.parse("2025-03-01T08:00:00.123456789Z");

    assertThat(HashChain.canonical(1, withNanos, "a", "b", "c", "d", "", HashChain.GENESIS_HASH))
        .contains("2025-03-01T08:00:00.123456Z");
  }

  @Test
  void linkRejectsMalformedInput() {
    assertThatThrownBy(() -> HashChain.link("abc", 1, START, "a", "b", "c", "d", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                HashChain.link(
                    HashChain.GENESIS_HASH.toUpperCase().replace('0', 'A'),
                    1,
                    START,
                    "a",
                    "b",
                    "c",
                    "d",
                    ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> HashChain.link(HashChain.GENESIS_HASH, 0, START, "a", "b", "c", "d", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> HashChain.link(HashChain.GENESIS_HASH, 1, null, "a", "b", "c", "d", ""))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void intactChainPasses() {
    ChainCheck check = HashChain.verify(chain(5));

    assertThat(check).isEqualTo(ChainCheck.intact(5));
  }

  @Test
  void emptyChainIsIntact() {
    assertThat(HashChain.verify(List.of())).isEqualTo(ChainCheck.intact(0));
  }

  @Test
  void tamperedDetailIsDetectedAtThatEntry() {
    List<StoredLink> links = chain(5);
    links.set(2, withDetail(links.get(2), "nothing to see here"));

    ChainCheck check = HashChain.verify(links);

    assertThat(check).isEqualTo(ChainCheck.broken(3, 3, HashChain.HASH_MISMATCH));
  }

  @Test
  void tamperedEntryWithRecomputedHashBreaksTheNextLink() {
    List<StoredLink> links = chain(5);
    StoredLink original = links.get(2);
    String forgedHash =
        HashChain.link(
            original.previousHash(),
            3,
            original.occurredAt(),
            original.actor(),
            original.action(),
            original.subjectType(),
            original.subjectId(),
            "nothing to see here");
    links.set(
        2,
        new StoredLink(
            3,
            original.occurredAt(),
            original.actor(),
            original.action(),
            original.subjectType(),
            original.subjectId(),
            "nothing to see here",
            original.previousHash(),
            forgedHash));

    ChainCheck check = HashChain.verify(links);

    assertThat(check).isEqualTo(ChainCheck.broken(4, 4, HashChain.PREVIOUS_HASH_MISMATCH));
  }

  @Test
  void deletedEntryIsDetectedAtTheEntryAfterIt() {
    List<StoredLink> links = chain(5);
    links.remove(1);

    ChainCheck check = HashChain.verify(links);

    assertThat(check).isEqualTo(ChainCheck.broken(2, 3, HashChain.SEQUENCE_GAP));
  }

  @Test
  void deletedEntryWithRenumberedSuccessorsIsDetected() {
    List<StoredLink> links = chain(5);
    links.remove(1);
    StoredLink moved = links.get(1);
    links.set(
        1,
        new StoredLink(
            2,
            moved.occurredAt(),
            moved.actor(),
            moved.action(),
            moved.subjectType(),
            moved.subjectId(),
            moved.detail(),
            moved.previousHash(),
            moved.hash()));

    ChainCheck check = HashChain.verify(links);

    assertThat(check).isEqualTo(ChainCheck.broken(2, 2, HashChain.PREVIOUS_HASH_MISMATCH));
  }

  @Test
  void reorderedEntriesAreDetected() {
    List<StoredLink> links = chain(5);
    Collections.swap(links, 1, 2);

    ChainCheck check = HashChain.verify(links);

    assertThat(check).isEqualTo(ChainCheck.broken(2, 3, HashChain.SEQUENCE_GAP));
  }

  @Test
  void swappedContentsUnderKeptSequenceNumbersAreDetected() {
    List<StoredLink> links = chain(5);
    StoredLink second = links.get(1);
    StoredLink third = links.get(2);
    links.set(
        1,
        new StoredLink(
            2,
            third.occurredAt(),
            third.actor(),
            third.action(),
            third.subjectType(),
            third.subjectId(),
            third.detail(),
            third.previousHash(),
            third.hash()));
    links.set(
        2,
        new StoredLink(
            3,
            second.occurredAt(),
            second.actor(),
            second.action(),
            second.subjectType(),
            second.subjectId(),
            second.detail(),
            second.previousHash(),
            second.hash()));

    ChainCheck check = HashChain.verify(links);

    assertThat(check).isEqualTo(ChainCheck.broken(2, 2, HashChain.PREVIOUS_HASH_MISMATCH));
  }

  @Test
  void chainMustStartAtSequenceOneFromGenesis() {
    List<StoredLink> links = chain(3);
    links.remove(0);

    assertThat(HashChain.verify(links)).isEqualTo(ChainCheck.broken(1, 2, HashChain.SEQUENCE_GAP));
  }

  @Test
  void chainEndingAtItsHeadPasses() {
    List<StoredLink> links = chain(4);

    assertThat(HashChain.verify(links, 4, links.get(3).hash())).isEqualTo(ChainCheck.intact(4));
    assertThat(HashChain.verify(List.of(), HashChain.GENESIS_SEQUENCE, HashChain.GENESIS_HASH))
        .isEqualTo(ChainCheck.intact(0));
  }

  @Test
  void removedNewestEntriesAreDetectedAgainstTheHead() {
    List<StoredLink> links = chain(4);
    String headHash = links.get(3).hash();
    links.remove(3);
    links.remove(2);

    assertThat(HashChain.verify(links)).isEqualTo(ChainCheck.intact(2));
    assertThat(HashChain.verify(links, 4, headHash))
        .isEqualTo(ChainCheck.broken(2, 3, HashChain.HEAD_MISMATCH));
  }

  @Test
  void headWithAnotherHashIsDetected() {
    List<StoredLink> links = chain(2);

    assertThat(HashChain.verify(links, 2, HashChain.GENESIS_HASH))
        .isEqualTo(ChainCheck.broken(2, 2, HashChain.HEAD_MISMATCH));
  }

  @Test
  void breakInTheLinksIsReportedBeforeTheHead() {
    List<StoredLink> links = chain(3);
    String headHash = links.get(2).hash();
    links.set(0, withDetail(links.get(0), "changed"));

    assertThat(HashChain.verify(links, 3, headHash))
        .isEqualTo(ChainCheck.broken(1, 1, HashChain.HASH_MISMATCH));
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
