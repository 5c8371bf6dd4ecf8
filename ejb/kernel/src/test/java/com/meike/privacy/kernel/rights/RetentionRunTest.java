package com.meike.privacy.kernel.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionRunTest {

  @Test
  @DisplayName("RET-1: batches run until one falls short; a capped run is resumed by the next")
  void batchesUntilShort() {
    int[] due = {7};
    List<Integer> sizes = new ArrayList<>();
    long first =
        RetentionRun.run(
            3,
            1,
            size -> {
              int done = Math.min(size, due[0]);
              due[0] -= done;
              sizes.add(done);
              return done;
            });
    long rest =
        RetentionRun.run(
            3,
            10,
            size -> {
              int done = Math.min(size, due[0]);
              due[0] -= done;
              sizes.add(done);
              return done;
            });
    assertThat(first).isEqualTo(3);
    assertThat(rest).isEqualTo(4);
    assertThat(sizes).containsExactly(3, 3, 1);
    assertThatThrownBy(() -> RetentionRun.run(0, 1, s -> 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
