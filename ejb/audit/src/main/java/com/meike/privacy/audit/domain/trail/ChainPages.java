package com.meike.privacy.audit.domain.trail;

import com.meike.privacy.kernel.audit.StoredLink;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The stored chain up to a given sequence as a lazily paged {@link Iterable}: it asks its source
 * for one page at a time (keyset paging on the sequence, so each page is an index range scan) and
 * holds only that page in memory. A page shorter than the page size ends the walk.
 */
public final class ChainPages implements Iterable<StoredLink> {

  /** Where pages come from; {@link AuditTrailRepository#links} has this shape. */
  @FunctionalInterface
  public interface Source {
    List<StoredLink> links(long afterSequence, long upToSequence, int limit);
  }

  private final long upToSequence;
  private final int pageSize;
  private final Source source;

  public ChainPages(long upToSequence, int pageSize, Source source) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be positive");
    }
    this.upToSequence = upToSequence;
    this.pageSize = pageSize;
    this.source = source;
  }

  @Override
  public Iterator<StoredLink> iterator() {
    return new Iterator<>() {
      private List<StoredLink> page = List.of();
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
        page = source.links(after, upToSequence, pageSize);
        next = 0;
        lastPage = page.size() < pageSize;
        if (!page.isEmpty()) {
          long last = page.get(page.size() - 1).sequence();
          if (last <= after) {
            throw new IllegalStateException("page source did not move past sequence " + after);
          }
          after = last;
        }
        return !page.isEmpty();
      }

      @Override
      public StoredLink next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(next++);
      }
    };
  }
}
