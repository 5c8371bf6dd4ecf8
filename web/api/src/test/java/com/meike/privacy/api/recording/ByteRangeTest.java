package com.meike.privacy.api.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void theThreeFormsOfASingleRange() {
    assertThat(ByteRange.parse("bytes=0-99", 1000)).contains(new ByteRange(0, 99));
    assertThat(ByteRange.parse("bytes=900-", 1000)).contains(new ByteRange(900, 999));
    assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999));
    assertThat(ByteRange.parse("bytes=990-5000", 1000)).contains(new ByteRange(990, 999));
    assertThat(ByteRange.parse("bytes=-5000", 1000)).contains(new ByteRange(0, 999));
    assertThat(new ByteRange(900, 999).contentRange(1000)).isEqualTo("bytes 900-999/1000");
  }

  @Test
  void noOrUnusableHeadersServeEverything() {
    assertThat(ByteRange.parse(null, 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=0-1,5-9", 1000)).isEmpty();
    assertThat(ByteRange.parse("items=0-1", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=-", 1000)).isEmpty();
  }

  @Test
  void rangesOutsideTheContentAreUnsatisfiable() {
    assertThatThrownBy(() -> ByteRange.parse("bytes=1000-", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThatThrownBy(() -> ByteRange.parse("bytes=50-10", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThatThrownBy(() -> ByteRange.parse("bytes=-0", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThatThrownBy(() -> ByteRange.parse("bytes=99999999999999999999-", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
  }
}
