package com.meike.privacy.audit.domain.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.audit.StoredLink;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("AUD-1")
class ChainPagesTest {

  /** A source over stored sequences that records each request as {after, upTo, limit}. */
  private static final class RecordingSource implements ChainPages.Source<StoredLink> {
    final List<Long> stored;
    final List<long[]> requests = new ArrayList<>();

    RecordingSource(long... sequences) {
      stored = LongStream.of(sequences).boxed().toList();
    }

    @Override
    public List<StoredLink> page(long afterSequence, long upToSequence, int limit) {
      requests.add(new long[] {afterSequence, upToSequence, limit});
      return stored.stream()
          .filter(s -> s > afterSequence && s <= upToSequence)
          .limit(limit)
          .map(s -> new StoredLink(s, null, null, null, null, null, null, null, null))
          .toList();
    }
  }

  private static List<Long> walk(Iterable<StoredLink> links) {
    List<Long> sequences = new ArrayList<>();
    links.forEach(l -> sequences.add(l.sequence()));
    return sequences;
  }

  @Test
  void readsPageAfterPageByKeyUpToTheHead() {
    RecordingSource source = new RecordingSource(1, 2, 3, 4, 5, 6);

    assertThat(walk(new ChainPages<>(5, 2, source, StoredLink::sequence)))
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(source.requests).extracting(r -> r[0]).containsExactly(0L, 2L, 4L);
    assertThat(source.requests).allSatisfy(r -> assertThat(r[1]).isEqualTo(5));
  }

  @Test
  void aShortPageEndsTheWalkWithoutAnotherQuery() {
    RecordingSource source = new RecordingSource(1, 2, 3);

    assertThat(walk(new ChainPages<>(10, 2, source, StoredLink::sequence)))
        .containsExactly(1L, 2L, 3L);
    assertThat(source.requests).hasSize(2);
  }

  @Test
  void gapsInTheStoredSequencesArePassedOnForTheVerifierToSee() {
    assertThat(
            walk(new ChainPages<>(6, 2, new RecordingSource(1, 2, 4, 5, 6), StoredLink::sequence)))
        .containsExactly(1L, 2L, 4L, 5L, 6L);
  }

  @Test
  void anEmptyChainAsksNothing() {
    RecordingSource source = new RecordingSource();

    assertThat(walk(new ChainPages<>(0, 1000, source, StoredLink::sequence))).isEmpty();
    assertThat(source.requests).isEmpty();
  }

  @Test
  void iteratorFollowsTheIteratorContract() {
    Iterator<StoredLink> it =
        new ChainPages<>(1, 5, new RecordingSource(1), StoredLink::sequence).iterator();

    assertThat(it.hasNext()).isTrue();
    assertThat(it.hasNext()).isTrue();
    assertThat(it.next().sequence()).isEqualTo(1);
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aSourceThatDoesNotAdvanceIsRefusedInsteadOfLoopingForever() {
    ChainPages.Source<StoredLink> stuck =
        (after, upTo, limit) ->
            List.of(new StoredLink(1, null, null, null, null, null, null, null, null));

    assertThatThrownBy(() -> walk(new ChainPages<>(10, 1, stuck, StoredLink::sequence)))
        .isInstanceOf(IllegalStateException.class);
  }
}
