package com.meike.privacy.kernel.rights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * How a batch's single audit entry proves which items a set-based disposal let go of (SHUT-1,
 * RET-1), without one entry per row: the count, the first and last item (a batch is a contiguous
 * page of ids, so the range and the count bound it), and the SHA-256 of the items sorted and joined
 * by line feeds. Whoever holds a candidate list — the archive vault's sealed records of the
 * shutdown, a backup, a person's own account id — recomputes the digest and compares; the audit
 * trail itself holds no more than it did with one entry per person (ids, never contents).
 *
 * @param count how many items
 * @param first the smallest item ({@code -} when there are none)
 * @param last the largest item ({@code -} when there are none)
 * @param sha256 the hex SHA-256 of the sorted items, each followed by {@code \n}
 */
public record DisposalDigest(int count, String first, String last, String sha256) {

  public DisposalDigest {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** The digest of {@code items} (in any order; duplicates count once). */
  public static DisposalDigest of(Collection<String> items) {
    List<String> sorted = items.stream().distinct().sorted().toList();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (String item : sorted) {
      sha.update(item.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return new DisposalDigest(
        sorted.size(),
        sorted.isEmpty() ? "-" : sorted.get(0),
        sorted.isEmpty() ? "-" : sorted.get(sorted.size() - 1),
        HexFormat.of().formatHex(sha.digest()));
  }

  /** For an audit entry's detail, when the items are people: {@code 3 people [a..c]}. */
  public String people() {
    return count + " people [" + first + ".." + last + "]";
  }

  /** For an audit entry's detail: {@code 3 [a..c] sha256 ab12…}. */
  @Override
  public String toString() {
    return count + " [" + first + ".." + last + "] sha256 " + sha256;
  }
}
