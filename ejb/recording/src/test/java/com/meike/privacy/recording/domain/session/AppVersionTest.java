package com.meike.privacy.recording.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.kernel.problem.DomainException;
import org.junit.jupiter.api.Test;

class AppVersionTest {

  @Test
  void versionsCompareNumberByNumber() {
    assertThat(AppVersion.parse("5.10", "v").atLeast(AppVersion.parse("5.9.9", "v"))).isTrue();
    assertThat(AppVersion.parse("5.2", "v")).isEqualTo(AppVersion.parse("5.2.0", "v"));
    assertThat(AppVersion.parse("4.99", "v").atLeast(AppVersion.parse("5", "v"))).isFalse();
  }

  @Test
  void anythingElseIsRefusedNamingTheField() {
    for (String bad : new String[] {null, "", "v5", "5.x", "1.2.3.4.5", "5..1"}) {
      DomainException e =
          catchThrowableOfType(DomainException.class, () -> AppVersion.parse(bad, "appVersion"));
      assertThat(e.field()).as(String.valueOf(bad)).isEqualTo("appVersion");
    }
  }
}
