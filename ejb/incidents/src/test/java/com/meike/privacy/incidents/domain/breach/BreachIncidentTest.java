package com.meike.privacy.incidents.domain.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BreachIncidentTest {

  static final Instant DISCOVERED = Instant.parse("2026-12-06T01:00:00Z");
  static final Instant NOW = DISCOVERED.plusSeconds(600);
  static final GradingRules RULES = new GradingRules(1_000_000, 10_000_000, 100_000_000);
  static final BreachIncident.Clocks CLOCKS =
      new BreachIncident.Clocks(
          Duration.ofHours(4), Duration.ofHours(24), Duration.ofHours(1), Duration.ofMinutes(30));

  static BreachIncident registered(long people, IncidentGrade grade) {
    return BreachIncident.register(
        DISCOVERED,
        "订单库备份被未授权下载 An order backup was downloaded without authorisation",
        List.of("order-db", "backup-store"),
        Set.of("location.precise"),
        people,
        false,
        grade,
        "sec.head",
        NOW,
        RULES,
        CLOCKS);
  }

  @Test
  @DisplayName("INC-4: the thresholds decide the grade; the given grade counts when higher")
  void grading_follows_the_configured_thresholds() {
    assertThat(RULES.byPeople(999_999)).isEqualTo(IncidentGrade.GENERAL);
    assertThat(RULES.byPeople(1_000_000)).isEqualTo(IncidentGrade.RELATIVELY_MAJOR);
    assertThat(RULES.byPeople(10_000_000)).isEqualTo(IncidentGrade.MAJOR);
    assertThat(RULES.byPeople(100_000_000)).isEqualTo(IncidentGrade.ESPECIALLY_MAJOR);
    assertThat(registered(2_000_000, IncidentGrade.GENERAL).grade())
        .isEqualTo(IncidentGrade.RELATIVELY_MAJOR);
    assertThat(registered(10, IncidentGrade.MAJOR).grade()).isEqualTo(IncidentGrade.MAJOR);
    assertThat(new GradingRules(10, 100, 1000).byPeople(150)).isEqualTo(IncidentGrade.MAJOR);
  }

  @Test
  @DisplayName(
      "INC-4: a relatively major incident is due at the regulator 4 hours after discovery; a general one is not")
  void the_report_clock_runs_from_discovery_for_reportable_grades() {
    assertThat(registered(10, IncidentGrade.RELATIVELY_MAJOR).reportDueAt())
        .contains(DISCOVERED.plus(Duration.ofHours(4)));
    assertThat(registered(10, IncidentGrade.GENERAL).reportDueAt()).isEmpty();
    assertThat(registered(10, IncidentGrade.GENERAL).noticeDueAt())
        .isEqualTo(DISCOVERED.plus(Duration.ofHours(24)));
  }

  @Test
  @DisplayName(
      "INC-1: the grade can only be raised; raising it starts the report clock and is recorded")
  void the_grade_is_only_raised() {
    BreachIncident incident = registered(10, IncidentGrade.GENERAL);
    boolean raised =
        incident.assess(
            Set.of("location.precise"), 3_000_000, true, null, "sec.head", NOW, RULES, CLOCKS);
    assertThat(raised).isTrue();
    assertThat(incident.grade()).isEqualTo(IncidentGrade.RELATIVELY_MAJOR);
    assertThat(incident.reportDueAt()).contains(DISCOVERED.plus(Duration.ofHours(4)));
    assertThat(incident.entries())
        .extracting(IncidentEntry::kind)
        .containsExactly(
            IncidentEntryKind.REGISTERED,
            IncidentEntryKind.ASSESSED,
            IncidentEntryKind.GRADE_RAISED);
    assertThatThrownBy(
            () ->
                incident.assess(
                    Set.of("location.precise"),
                    3_000_000,
                    true,
                    IncidentGrade.GENERAL,
                    "sec.head",
                    NOW,
                    RULES,
                    CLOCKS))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("only be raised");
  }

  @Test
  @DisplayName("INC-1: bad input names the field")
  void bad_input_names_the_field() {
    assertThatThrownBy(
            () ->
                BreachIncident.register(
                    null,
                    "x",
                    List.of("a"),
                    Set.of("c"),
                    1,
                    false,
                    IncidentGrade.GENERAL,
                    "sec.head",
                    NOW,
                    RULES,
                    CLOCKS))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("discoveredAt"));
    assertThatThrownBy(
            () ->
                BreachIncident.register(
                    DISCOVERED,
                    " ",
                    List.of("a"),
                    Set.of("c"),
                    1,
                    false,
                    IncidentGrade.GENERAL,
                    "sec.head",
                    NOW,
                    RULES,
                    CLOCKS))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("description"));
    assertThatThrownBy(
            () ->
                BreachIncident.register(
                    DISCOVERED,
                    "x",
                    List.of(),
                    Set.of("c"),
                    1,
                    false,
                    IncidentGrade.GENERAL,
                    "sec.head",
                    NOW,
                    RULES,
                    CLOCKS))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("systems"));
    assertThatThrownBy(
            () ->
                BreachIncident.register(
                    DISCOVERED,
                    "x",
                    List.of("a"),
                    Set.of("c"),
                    -1,
                    false,
                    IncidentGrade.GENERAL,
                    "sec.head",
                    NOW,
                    RULES,
                    CLOCKS))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("estimatedPeople"));
    assertThatThrownBy(
            () ->
                BreachIncident.register(
                    NOW.plusSeconds(3600),
                    "x",
                    List.of("a"),
                    Set.of("c"),
                    1,
                    false,
                    IncidentGrade.GENERAL,
                    "sec.head",
                    NOW,
                    RULES,
                    CLOCKS))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("discoveredAt"));
  }

  @Test
  @DisplayName("INC-4: a missed report is recorded as missed; a closed incident takes no change")
  void a_missed_report_is_recorded_and_closing_is_final() {
    BreachIncident incident = registered(10, IncidentGrade.MAJOR);
    incident.clock("REPORT", "MISSED", NOW);
    assertThat(incident.reportMissed()).isTrue();
    incident.close("已处置 handled", "加固备份权限 tighten backup access", "privacy.officer", NOW);
    assertThat(incident.state()).isEqualTo(IncidentState.CLOSED);
    assertThatThrownBy(() -> incident.contain("x", "sec.head", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
  }
}
