package com.meike.privacy.rights.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.lawful.application.LawfulDisclosures;
import com.meike.privacy.lawful.application.LawfulDisclosures.AbroadSubject;
import com.meike.privacy.partner.application.AbroadCount;
import com.meike.privacy.partner.application.Disclosures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** AUD-4: lawful-disclosure packages taken abroad count in the abroad counter, each person once. */
@Tag("AUD-4")
class RegulatoryCountersAbroadTest {

  @Test
  @DisplayName(
      "AUD-4: a foreign authority's packages add their people to the abroad counts, not those the partner log already counts")
  void lawful_packages_abroad_are_added_once() {
    DefaultRegulatoryCounters counters = new DefaultRegulatoryCounters();
    counters.disclosures = mock(Disclosures.class);
    counters.lawful = mock(LawfulDisclosures.class);
    when(counters.lawful.packagedAbroadSince(any()))
        .thenReturn(
            List.of(
                new AbroadSubject("u-1", true),
                new AbroadSubject("u-2", false),
                new AbroadSubject("u-1", false),
                new AbroadSubject("u-3", true)));
    // the partner log already counts u-3 (and as sensitive)
    when(counters.disclosures.abroadThisYearAmong(eq(Set.of("u-1", "u-2", "u-3")), eq(false)))
        .thenReturn(Set.of("u-3"));
    when(counters.disclosures.abroadThisYearAmong(eq(Set.of("u-1", "u-3")), eq(true)))
        .thenReturn(Set.of("u-3"));

    AbroadCount count =
        counters.withLawfulPackages(new AbroadCount(LocalDate.of(2026, 1, 1), 10, 4));

    assertThat(count.people()).isEqualTo(12);
    assertThat(count.sensitivePeople()).isEqualTo(5);
    assertThat(count.since()).isEqualTo(LocalDate.of(2026, 1, 1));
  }
}
