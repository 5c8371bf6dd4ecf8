package com.meike.privacy.audit.domain.trail;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ToLongFunction;

/**
 * Stored rows in ascending sequence order up to a given sequence (links of the chain, or its
 * checkpoints) as a lazily paged {@link Iterable}: it asks its source for one page at a time
 * (keyset paging on the sequence, so each page is an index range scan) and holds only that page in
 * memory. A page shorter than the page size ends the walk.
 *
 * @param <T> the row type
 */
public final class ChainPages<T> implements Iterable<T> {

  /** Where pages come from; {@link AuditTrailRepository#links} has this shape. */
  @FunctionalInterface
  public interface Source<T> {
    List<T> page(long afterSequence, long upToSequence, int limit);
  }

  private final long upToSequence;
  private final int pageSize;
  private final Source<T> source;
  private final ToLongFunction<T> sequenceOf;

  public ChainPages(
      long upToSequence, int pageSize, Source<T> source, ToLongFunction<T> sequenceOf) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be positive");
    }
    this.upToSequence = upToSequence;
    this.pageSize = pageSize;
    this.source = source;
    this.sequenceOf = sequenceOf;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private List<T> page = List.of();
      private int next;
      private long after = 0;
      private boolean lastPage;

      @Override
      public boolean hasNext() {
        if (next < page.size()) {
          return true;
        }
        if (lastPage || after >= upToSequence) {
          return false;
        }
        page = source.page(after, upToSequence, pageSize);
        next = 0;
        lastPage = page.size() < pageSize;
        if (!page.isEmpty()) {
          long last = sequenceOf.applyAsLong(page.get(page.size() - 1));
          if (last <= after) {
            throw new IllegalStateException("page source did not move past sequence " + after);
          }
          after = last;
        }
        return !page.isEmpty();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(next++);
      }
    };
  }
}
