package com.meike.privacy.kernel.audit;

import com.meike.privacy.kernel.crypto.KeyedHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules of the audit hash chain (AUD-1), as pure functions.
 *
 * <p>Entry {@code n} stores {@code hash(n) = SHA-256(canonical(n))}, where the canonical form holds
 * the entry's sequence, time, actor, action, subject, detail and {@code hash(n - 1)} (the {@link
 * #GENESIS_HASH} for the first entry, sequence 1). Changing, removing or reordering any stored
 * entry therefore breaks either its own hash or the link of the entry after it.
 *
 * <p>Canonical form: a version tag followed by each field as {@code <length>:<value>}, where the
 * length counts the UTF-8 bytes of the value and a missing value is written {@code -}. Length
 * prefixes make field boundaries unambiguous whatever the values contain. Times are written in UTC
 * with exactly six fractional digits ({@code 2025-01-31T08:15:30.123456Z}), the precision that both
 * H2 and PostgreSQL keep; finer digits are ignored, so callers should store times truncated to
 * microseconds.
 */
public final class HashChain {

  /** The "previous hash" of the first entry: 64 zeros. */
  public static final String GENESIS_HASH = "0".repeat(64);

  /** The sequence number before the first entry; the first entry has sequence 1. */
  public static final long GENESIS_SEQUENCE = 0L;

  /** Reason: an entry's stored hash is not the hash of its contents. */
  public static final String HASH_MISMATCH = "hash mismatch";

  /** Reason: an entry's previous hash is not the stored hash of the entry before it. */
  public static final String PREVIOUS_HASH_MISMATCH = "previous-hash mismatch";

  /** Reason: an entry's sequence is not one more than the sequence before it. */
  public static final String SEQUENCE_GAP = "sequence gap";

  /** Reason: the chain does not end where its recorded head says it ends. */
  public static final String HEAD_MISMATCH = "head mismatch";

  /**
   * Reason: a checkpoint does not fit the chain: its mac is not right under its key (a forged or
   * altered seal), or the chain's hash at its sequence is not the sealed one (the chain was
   * rewritten, its hashes recomputed without the checkpoint key).
   */
  public static final String CHECKPOINT_MISMATCH = "checkpoint mismatch";

  /** Reason: a checkpoint's key id names no key the verifier holds. */
  public static final String CHECKPOINT_KEY_UNKNOWN = "checkpoint key unknown";

  /** Reason: the chain ends before the newest checkpoint: entries at its end were removed. */
  public static final String DELETED_TAIL = "deleted tail";

  private static final String FORMAT_VERSION = "meike-audit-v1";
  private static final Pattern HEX_HASH = Pattern.compile("[0-9a-f]{64}");
  private static final DateTimeFormatter UTC_MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private HashChain() {}

  /** The canonical, unambiguous text of an entry, which its hash is computed over. */
  public static String canonical(
      long sequence,
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      String previousHash) {
    StringBuilder out = new StringBuilder(256).append(FORMAT_VERSION);
    field(out, Long.toString(sequence));
    field(out, occurredAt == null ? null : UTC_MICROS.format(occurredAt));
    field(out, actor);
    field(out, action);
    field(out, subjectType);
    field(out, subjectId);
    field(out, detail);
    field(out, previousHash);
    return out.toString();
  }

  /**
   * Lower-case hex SHA-256 of the canonical form of the entry that follows {@code previousHash}.
   */
  public static String link(
      String previousHash,
      long sequence,
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    requireHash(previousHash);
    if (sequence <= GENESIS_SEQUENCE) {
      throw new IllegalArgumentException("sequence must be positive: " + sequence);
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
    return sha256Hex(
        canonical(
            sequence, occurredAt, actor, action, subjectType, subjectId, detail, previousHash));
  }

  /** {@link #link} for an {@link AuditEvent}. */
  public static String link(
      String previousHash, long sequence, Instant occurredAt, AuditEvent event) {
    return link(
        previousHash,
        sequence,
        occurredAt,
        event.actor(),
        event.action(),
        event.subjectType(),
        event.subjectId(),
        event.detail());
  }

  /** Whether {@code value} has the form of a hash in the chain (64 lower-case hex digits). */
  public static boolean isHash(String value) {
    return value != null && HEX_HASH.matcher(value).matches();
  }

  /**
   * Walks {@code links}, which must be the whole chain in ascending sequence order from sequence 1,
   * and reports the first entry that does not fit. Per entry it checks, in this order, that the
   * sequence is one more than the last ({@link #SEQUENCE_GAP}), that the previous hash is the last
   * entry's stored hash ({@link #PREVIOUS_HASH_MISMATCH}) and that the stored hash is the hash of
   * the entry's contents ({@link #HASH_MISMATCH}). Reads the links once, so a lazily paged iterable
   * walks a chain of any length in constant memory.
   */
  public static ChainCheck verify(Iterable<StoredLink> links) {
    return walk(links, new Seals(List.<StoredCheckpoint>of().iterator(), keyId -> null)).check;
  }

  /**
   * Like {@link #verify(Iterable)}, and also checks that the chain ends at the recorded head: entry
   * {@code headSequence} with hash {@code headHash}. This catches the one change the links alone
   * cannot show, the removal of the newest entries. On a {@link #HEAD_MISMATCH} the broken sequence
   * is the first one the head promises but the chain lacks or contradicts.
   */
  public static ChainCheck verify(Iterable<StoredLink> links, long headSequence, String headHash) {
    return verify(links, headSequence, headHash, List.of(), keyId -> null);
  }

  /**
   * Like {@link #verify(Iterable, long, String)}, and also checks the checkpoints, which must be in
   * ascending sequence order: each must be genuine under the key {@code keys} gives for its key id
   * ({@link #CHECKPOINT_KEY_UNKNOWN} when none), follow the previous one's mac, and seal the hash
   * the chain has at its sequence ({@link #CHECKPOINT_MISMATCH}, broken sequence = the
   * checkpoint's); and the chain must reach the newest one ({@link #DELETED_TAIL}, broken sequence
   * = the first one missing). This catches a chain rewritten with recomputed hashes and a chain
   * whose newest entries were removed together with its head, neither of which the links show.
   */
  public static ChainCheck verify(
      Iterable<StoredLink> links,
      long headSequence,
      String headHash,
      Iterable<StoredCheckpoint> checkpoints,
      Function<String, KeyedHash> keys) {
    Objects.requireNonNull(checkpoints, "checkpoints");
    Objects.requireNonNull(keys, "keys");
    Seals seals = new Seals(checkpoints.iterator(), keys);
    Walk walk = walk(links, seals);
    if (!walk.check.intact()) {
      return walk.check;
    }
    if (seals.next != null) {
      // the chain ended, yet a checkpoint lies beyond its end
      return ChainCheck.broken(walk.check.entriesChecked(), walk.lastSequence + 1, DELETED_TAIL);
    }
    if (walk.lastSequence == headSequence && walk.lastHash.equals(headHash)) {
      return walk.check;
    }
    long broken = walk.lastSequence < headSequence ? walk.lastSequence + 1 : headSequence;
    return ChainCheck.broken(walk.check.entriesChecked(), broken, HEAD_MISMATCH);
  }

  private static Walk walk(Iterable<StoredLink> links, Seals seals) {
    long expectedSequence = GENESIS_SEQUENCE + 1;
    String expectedPrevious = GENESIS_HASH;
    long checked = 0;
    for (StoredLink link : links) {
      checked++;
      if (link.sequence() != expectedSequence) {
        return new Walk(ChainCheck.broken(checked, link.sequence(), SEQUENCE_GAP), -1, null);
      }
      if (!expectedPrevious.equals(link.previousHash())) {
        return new Walk(
            ChainCheck.broken(checked, link.sequence(), PREVIOUS_HASH_MISMATCH), -1, null);
      }
      if (!recomputedHash(link).equals(link.hash())) {
        return new Walk(ChainCheck.broken(checked, link.sequence(), HASH_MISMATCH), -1, null);
      }
      String sealProblem = seals.check(link);
      if (sealProblem != null) {
        return new Walk(ChainCheck.broken(checked, seals.brokenAt, sealProblem), -1, null);
      }
      expectedSequence++;
      expectedPrevious = link.hash();
    }
    return new Walk(ChainCheck.intact(checked), expectedSequence - 1, expectedPrevious);
  }

  private static String recomputedHash(StoredLink link) {
    return sha256Hex(
        canonical(
            link.sequence(),
            link.occurredAt(),
            link.actor(),
            link.action(),
            link.subjectType(),
            link.subjectId(),
            link.detail(),
            link.previousHash()));
  }

  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append('-');
      return;
    }
    out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
  }

  private static void requireHash(String value) {
    if (!isHash(value)) {
      throw new IllegalArgumentException("not a chain hash (64 lower-case hex digits)");
    }
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private record Walk(ChainCheck check, long lastSequence, String lastHash) {}

  /** The checkpoints, consumed alongside the links. */
  private static final class Seals {
    private final Iterator<StoredCheckpoint> checkpoints;
    private final Function<String, KeyedHash> keys;
    private String previousMac = Checkpoints.GENESIS_MAC;
    StoredCheckpoint next;
    long brokenAt;

    Seals(Iterator<StoredCheckpoint> checkpoints, Function<String, KeyedHash> keys) {
      this.checkpoints = checkpoints;
      this.keys = keys;
      this.next = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    /** Checks the checkpoints sealed at or before {@code link}; a reason when one does not fit. */
    String check(StoredLink link) {
      while (next != null && next.sequence() <= link.sequence()) {
        brokenAt = next.sequence();
        KeyedHash key = keys.apply(next.keyId());
        if (key == null) {
          return CHECKPOINT_KEY_UNKNOWN;
        }
        if (next.sequence() != link.sequence()
            || !previousMac.equals(next.previousMac())
            || !Checkpoints.isGenuine(key, next)
            || !link.hash().equals(next.hash())) {
          return CHECKPOINT_MISMATCH;
        }
        previousMac = next.mac();
        next = checkpoints.hasNext() ? checkpoints.next() : null;
      }
      return null;
    }
  }
}
