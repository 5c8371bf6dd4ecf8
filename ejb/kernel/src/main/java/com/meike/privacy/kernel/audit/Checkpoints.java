package com.meike.privacy.kernel.audit;

import com.meike.privacy.kernel.crypto.KeyedHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The rules of the audit chain's checkpoints (AUD-1), as pure functions. The plain SHA-256 chain
 * can be recomputed by anyone who can write its tables; a checkpoint cannot: it is an HMAC-SHA256,
 * under a key kept in configuration and never in the database, of the chain's hash at one sequence.
 * A chain rewritten from some entry on no longer has the sealed hash at the next checkpoint, and a
 * chain cut short ends before the newest checkpoint. Each checkpoint also covers the previous one's
 * mac, so a checkpoint removed from the middle shows too.
 *
 * <p>Canonical form: a version tag, then sequence, hash, sealing time (UTC, six fractional digits)
 * key id and previous mac, each as {@code <length>:<value>} (as in {@link HashChain}).
 */
public final class Checkpoints {

  /** The "previous mac" of the first checkpoint: 64 zeros. */
  public static final String GENESIS_MAC = "0".repeat(64);

  private static final String FORMAT_VERSION = "meike-audit-checkpoint-v1";
  private static final DateTimeFormatter UTC_MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Checkpoints() {}

  /** The mac of a checkpoint: lower-case hex HMAC-SHA256 of its canonical form. */
  public static String mac(
      KeyedHash key,
      long sequence,
      String hash,
      Instant sealedAt,
      String keyId,
      String previousMac) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(sealedAt, "sealedAt");
    StringBuilder out = new StringBuilder(200).append(FORMAT_VERSION);
    field(out, Long.toString(sequence));
    field(out, hash);
    field(out, UTC_MICROS.format(sealedAt));
    field(out, keyId);
    field(out, previousMac);
    return key.hash(out.toString());
  }

  /** Whether {@code checkpoint}'s mac is right under {@code key}; compares in constant time. */
  public static boolean isGenuine(KeyedHash key, StoredCheckpoint checkpoint) {
    if (key == null || checkpoint.sealedAt() == null) {
      return false;
    }
    String expected =
        mac(
            key,
            checkpoint.sequence(),
            checkpoint.hash(),
            checkpoint.sealedAt(),
            checkpoint.keyId(),
            checkpoint.previousMac());
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        String.valueOf(checkpoint.mac()).getBytes(StandardCharsets.US_ASCII));
  }

  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append('-');
      return;
    }
    out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
  }
}
