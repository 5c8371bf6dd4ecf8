package com.meike.privacy.kernel.rights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A batch's ids for set-based statements (SHUT-1 at size): sorted, each once, in chunks of at most
 * {@value #SIZE} — one statement per chunk stays within every driver's parameter limit, and a chunk
 * of a contiguous page is one index range.
 */
public final class IdChunks {

  /** At most this many ids in one statement. */
  public static final int SIZE = 1_000;

  private IdChunks() {}

  /** {@code ids} sorted, without duplicates, in chunks of at most {@value #SIZE}. */
  public static List<List<String>> of(Collection<String> ids) {
    List<String> all = List.copyOf(new TreeSet<>(ids));
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += SIZE) {
      chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
    }
    return chunks;
  }
}
