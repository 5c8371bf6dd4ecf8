package com.meike.privacy.kernel.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisposalDigestTest {

  @Test
  @DisplayName(
      "SHUT-1: a batch's audit entry proves which ids it disposed of: count, range and a digest anyone holding the list recomputes")
  void digestOfTheSortedIds() {
    DisposalDigest batch = DisposalDigest.of(List.of("u-c", "u-a", "u-b", "u-a"));

    assertThat(batch.count()).isEqualTo(3);
    assertThat(batch.first()).isEqualTo("u-a");
    assertThat(batch.last()).isEqualTo("u-c");
    // SHA-256 of "u-a\nu-b\nu-c\n" (sha256sum), whatever order the ids came in
    assertThat(batch.sha256())
        .isEqualTo("610422e0e54789be2af8ecb13a6acf8208243e6829be31a1f5ff9772a31a2f44");
    assertThat(batch.toString()).startsWith("3 [u-a..u-c] sha256 ");
    assertThat(DisposalDigest.of(List.of("u-a", "u-b", "u-d")).sha256())
        .as("another id in the batch, another digest")
        .isNotEqualTo(batch.sha256());
    assertThat(DisposalDigest.of(List.of()).toString()).startsWith("0 [-..-] sha256 ");
    assertThat(batch.people()).isEqualTo("3 people [u-a..u-c]");
  }

  @Test
  @DisplayName(
      "SHUT-1 at size: a batch of 2,500 ids (with repeats) goes to the database in sorted chunks of at most 1,000, each id once")
  void idsInSortedChunks() {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 2500; i >= 1; i--) {
      ids.add(String.format("u-%05d", i));
    }
    ids.add("u-00007");

    List<List<String>> chunks = IdChunks.of(ids);

    assertThat(chunks).extracting(List::size).containsExactly(1000, 1000, 500);
    assertThat(chunks.get(0).get(0)).isEqualTo("u-00001");
    assertThat(chunks.get(1).get(0)).isEqualTo("u-01001");
    assertThat(chunks.get(2).get(499)).isEqualTo("u-02500");
    assertThat(IdChunks.of(List.of())).isEmpty();
  }
}
