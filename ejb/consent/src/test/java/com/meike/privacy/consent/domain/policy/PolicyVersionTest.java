package com.meike.privacy.consent.domain.policy;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyVersionTest {

  static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

  static PolicyVersion publish(String version, boolean major, List<MajorChangeKind> kinds) {
    return PolicyVersion.publish(
        version, 2, "  what changed  ", "全文 full text", major, kinds, "privacy.officer", NOW);
  }

  @Test
  void a_minor_version_names_no_kinds() {
    PolicyVersion version = publish("2026-07", false, List.of());

    assertThat(version.version()).isEqualTo("2026-07");
    assertThat(version.ordinal()).isEqualTo(2);
    assertThat(version.publishedAt()).isEqualTo(NOW);
    assertThat(version.publishedBy()).isEqualTo("privacy.officer");
    assertThat(version.major()).isFalse();
    assertThat(version.changeKinds()).isEmpty();
    assertThat(version.summary()).isEqualTo("what changed");
    assertThat(version.text()).isEqualTo("全文 full text");
    assertInvalid(
        () -> publish("2026-07", false, List.of(MajorChangeKind.RIGHTS)), "majorChangeKinds");
  }

  @Test
  void a_major_version_names_at_least_one_of_the_six_kinds() {
    PolicyVersion version =
        publish("2026-07", true, List.of(MajorChangeKind.RIGHTS, MajorChangeKind.SERVICE_MODEL));

    assertThat(version.major()).isTrue();
    assertThat(version.changeKinds())
        .containsExactly(MajorChangeKind.SERVICE_MODEL, MajorChangeKind.RIGHTS);
    assertThatThrownBy(() -> version.changeKinds().add(MajorChangeKind.CONTROL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertInvalid(() -> publish("2026-07", true, List.of()), "majorChangeKinds");
    assertInvalid(() -> publish("2026-07", true, null), "majorChangeKinds");
  }

  @Test
  void version_ids_are_short_and_printable() {
    assertThat(publish(" 2026-07.1_b ", false, List.of()).version()).isEqualTo("2026-07.1_b");
    assertInvalid(() -> publish(null, false, List.of()), "version");
    assertInvalid(() -> publish("2026 07", false, List.of()), "version");
    assertInvalid(() -> publish("-2026", false, List.of()), "version");
    assertInvalid(() -> publish("1".repeat(33), false, List.of()), "version");
    assertInvalid(() -> publish("2026/07", false, List.of()), "version");
  }

  @Test
  void summary_and_text_are_required_and_bounded() {
    assertInvalid(
        () -> PolicyVersion.publish("v2", 2, " ", "text", false, List.of(), "p", NOW), "summary");
    assertInvalid(
        () -> PolicyVersion.publish("v2", 2, "s".repeat(2001), "text", false, List.of(), "p", NOW),
        "summary");
    assertInvalid(
        () -> PolicyVersion.publish("v2", 2, "summary", "", false, List.of(), "p", NOW), "text");
    assertInvalid(
        () ->
            PolicyVersion.publish(
                "v2", 2, "summary", "x".repeat(1_000_001), false, List.of(), "p", NOW),
        "text");
  }

  @Test
  void only_an_identified_publisher_publishes() {
    assertKind(
        () -> PolicyVersion.publish("v2", 2, "summary", "text", false, List.of(), " ", NOW),
        Kind.FORBIDDEN);
  }

  @Test
  void the_six_kinds_are_those_of_part_2_section_viii_in_the_policys_words() throws IOException {
    String policy = seededPolicy();

    assertThat(MajorChangeKind.values())
        .extracting(MajorChangeKind::item)
        .containsExactly(1, 2, 3, 4, 5, 6);
    for (MajorChangeKind kind : MajorChangeKind.values()) {
      assertThat(policy).as(kind.name()).contains(kind.item() + "、" + kind.chineseLabel());
      assertThat(kind.englishLabel()).isNotBlank();
    }
    assertThat(MajorChangeKind.parse(" CONTROL ")).isEqualTo(MajorChangeKind.CONTROL);
    assertInvalid(() -> MajorChangeKind.parse("COSMETIC"), "majorChangeKinds");
  }

  @Test
  void a_requirement_outdates_consent_given_before_it_under_another_version() {
    ReconsentRequirement requirement = new ReconsentRequirement("u-1", "2026-07", NOW);

    assertThat(requirement.outdates("2026-01", NOW.minusSeconds(1))).isTrue();
    assertThat(requirement.outdates("2026-07", NOW.minusSeconds(1))).isFalse();
    assertThat(requirement.outdates("2026-01", NOW)).isFalse();
    assertThat(requirement.outdates("2026-08", NOW.plusSeconds(60))).isFalse();
  }

  @Test
  void a_requirement_is_satisfied_once() {
    ReconsentRequirement requirement = new ReconsentRequirement("u-1", "2026-07", NOW);
    assertThat(requirement.satisfiedAt()).isEmpty();

    requirement.satisfy(NOW.plusSeconds(10));
    requirement.satisfy(NOW.plusSeconds(20));

    assertThat(requirement.satisfiedAt()).contains(NOW.plusSeconds(10));
  }

  /** The policy text as the catalogue migration seeds it. */
  static String seededPolicy() throws IOException {
    try (InputStream in =
        PolicyVersionTest.class
            .getClassLoader()
            .getResourceAsStream("db/migration/consent/V2__purpose_catalogue.sql")) {
      assertThat(in).as("catalogue migration on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void versions_compare_by_id() {
    assertThat(publish("v2", false, List.of()))
        .isEqualTo(publish("v2", true, List.of(MajorChangeKind.CONTROL)))
        .hasSameHashCodeAs(publish("v2", false, List.of()))
        .isNotEqualTo(publish("v3", false, List.of()));
  }
}
