package com.meike.privacy.incidents.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.incidents.domain.plan.IncidentDrill;
import com.meike.privacy.incidents.domain.plan.IncidentPlanVersion;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The children's incident plan and its drills (INC-3): the migration, the mapping ({@code
 * validate}) and the rules, on H2.
 */
class IncidentPlanOnH2Test {

  static final Instant NOW = Instant.parse("2027-03-15T01:00:00Z");

  ContextDatabase db;
  EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("incidents", IncidentPlanVersion.class, IncidentDrill.class);
    emf = db.emf();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "INC-3: the plan is on record from the start (version 1) and a new version goes on top of the newest, never over it")
  void the_plan_is_versioned() {
    EntityManager em = emf.createEntityManager();
    JpaPlanRepository plans = new JpaPlanRepository(em);
    IncidentPlanVersion first = plans.newest().orElseThrow();
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.responsibilities()).contains("安全负责人").contains("Head of security");
    assertThat(first.steps()).contains("4 hours");

    em.getTransaction().begin();
    IncidentPlanVersion second =
        IncidentPlanVersion.publish(
            first,
            1,
            "职责 responsibilities v2",
            "联系 contacts v2",
            "步骤 steps v2",
            "增加监护人热线 guardians' line added",
            "privacy.officer",
            NOW);
    plans.store(second);
    em.getTransaction().commit();
    assertThat(plans.newest().orElseThrow().version()).isEqualTo(2);
    assertThat(plans.versions()).extracting(IncidentPlanVersion::version).containsExactly(2, 1);
    assertThat(plans.version(1).orElseThrow().steps()).isEqualTo(first.steps());

    assertThatThrownBy(
            () ->
                IncidentPlanVersion.publish(
                    plans.newest().orElseThrow(), 1, "r", "c", "s", "n", "sec.head", NOW))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("newest version is 2");
    assertThatThrownBy(
            () ->
                IncidentPlanVersion.publish(
                    plans.newest().orElseThrow(), 2, "r", " ", "s", "n", "sec.head", NOW))
        .isInstanceOf(DomainException.class)
        .extracting("field")
        .isEqualTo("contacts");
    assertThatThrownBy(
            () ->
                IncidentPlanVersion.publish(
                    plans.newest().orElseThrow(), null, "r", "c", "s", "n", "sec.head", NOW))
        .isInstanceOf(DomainException.class)
        .extracting("field")
        .isEqualTo("basedOn");

    // two publications on top of the same version: the second meets the unique version number
    em.getTransaction().begin();
    IncidentPlanVersion racer =
        IncidentPlanVersion.publish(first, 1, "r", "c", "s", "n", "sec.head", NOW);
    assertThatThrownBy(() -> plans.store(racer)).isInstanceOf(PersistenceException.class);
    em.getTransaction().rollback();
    em.close();
  }

  @Test
  @DisplayName(
      "INC-3: two nodes that both find this year's drill not yet raised raise it once: the second node's insert fails on the unique year and leaves nothing")
  void two_nodes_raise_one_drill_a_year() {
    EntityManager first = emf.createEntityManager();
    EntityManager second = emf.createEntityManager();
    JpaPlanRepository onFirst = new JpaPlanRepository(first);
    JpaPlanRepository onSecond = new JpaPlanRepository(second);
    Instant from = Instant.parse("2026-12-31T16:00:00Z");
    Instant to = Instant.parse("2027-12-31T16:00:00Z");
    first.getTransaction().begin();
    second.getTransaction().begin();
    assertThat(onFirst.drillRaised(2027, from, to)).isFalse();
    assertThat(onSecond.drillRaised(2027, from, to)).isFalse();

    onFirst.store(IncidentDrill.raise(2027, LocalDate.of(2027, 4, 14), 1, NOW));
    first.getTransaction().commit();
    assertThatThrownBy(
            () -> onSecond.store(IncidentDrill.raise(2027, LocalDate.of(2027, 4, 14), 1, NOW)))
        .isInstanceOf(PersistenceException.class);
    second.getTransaction().rollback();

    assertThat(onFirst.drills(10)).hasSize(1);
    assertThat(onFirst.drillRaised(2027, from, to)).isTrue();
    assertThat(onFirst.drillRaised(2028, to, Instant.parse("2028-12-31T16:00:00Z"))).isFalse();
    first.close();
    second.close();
  }

  @Test
  @DisplayName(
      "INC-3: a drill raised before its year was recorded still counts for the year it was raised in, so an upgraded server raises no second drill that year")
  void a_drill_without_its_year_counts_for_the_year_it_was_raised() {
    EntityManager em = emf.createEntityManager();
    JpaPlanRepository plans = new JpaPlanRepository(em);
    em.getTransaction().begin();
    plans.store(IncidentDrill.raise(2027, LocalDate.of(2027, 4, 14), 1, NOW));
    em.createNativeQuery("update incident_drill set drill_year = null").executeUpdate();
    em.getTransaction().commit();
    assertThat(
            plans.drillRaised(
                2027, Instant.parse("2026-12-31T16:00:00Z"), Instant.parse("2027-12-31T16:00:00Z")))
        .isTrue();
    assertThat(
            plans.drillRaised(
                2026, Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")))
        .isFalse();
    em.close();
  }

  @Test
  @DisplayName(
      "INC-3: a drill raised by the yearly timer is recorded once held — date, plan version, scenario, participants, findings, improvements — and an undone one is marked overdue")
  void a_drill_is_raised_recorded_and_kept() {
    EntityManager em = emf.createEntityManager();
    JpaPlanRepository plans = new JpaPlanRepository(em);
    em.getTransaction().begin();
    IncidentDrill drill = IncidentDrill.raise(2027, LocalDate.of(2027, 4, 14), 1, NOW);
    plans.store(drill);
    em.getTransaction().commit();

    LocalDate today = LocalDate.of(2027, 3, 20);
    assertThatThrownBy(
            () -> drill.record(today.plusDays(1), null, "s", "p", "f", "i", "sec.head", today, NOW))
        .isInstanceOf(DomainException.class)
        .extracting("field")
        .isEqualTo("heldOn");
    assertThatThrownBy(() -> drill.record(today, null, "s", "", "f", "i", "sec.head", today, NOW))
        .isInstanceOf(DomainException.class)
        .extracting("field")
        .isEqualTo("participants");

    em.getTransaction().begin();
    drill.record(
        today,
        null,
        "儿童账号库泄露演练 tabletop: children's accounts leaked",
        "安全团队、隐私办公室、客服 security, privacy office, customer service",
        "监护人名单导出慢 the guardians' list was slow to export",
        "预先准备导出脚本 prepare the export",
        "sec.head",
        today,
        NOW);
    em.getTransaction().commit();
    em.clear();

    IncidentDrill found = plans.drill(drill.id()).orElseThrow();
    assertThat(found.state()).isEqualTo(IncidentDrill.State.HELD);
    assertThat(found.heldOn()).contains(today);
    assertThat(found.planVersion()).contains(1);
    assertThat(found.recordedBy()).contains("sec.head");
    assertThat(found.markOverdue()).isFalse();
    assertThatThrownBy(() -> found.record(today, null, "s", "p", "f", "i", "sec.head", today, NOW))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("recorded");

    IncidentDrill late = IncidentDrill.raise(2028, LocalDate.of(2028, 4, 14), 1, NOW);
    assertThat(late.markOverdue()).isTrue();
    assertThat(late.markOverdue()).isFalse();
    assertThat(late.overdue()).isTrue();
    em.close();
  }

  @Test
  @DisplayName(
      "INC-3: for an overdue drill the privacy office records when it will be held; the date is kept, a date years away is refused naming the field")
  void an_overdue_drills_date_is_kept() {
    EntityManager em = emf.createEntityManager();
    JpaPlanRepository plans = new JpaPlanRepository(em);
    em.getTransaction().begin();
    IncidentDrill drill = IncidentDrill.raise(2027, LocalDate.of(2027, 4, 14), 1, NOW);
    plans.store(drill);
    drill.markOverdue();
    em.getTransaction().commit();

    LocalDate today = LocalDate.of(2027, 4, 20);
    assertThatThrownBy(() -> drill.plan(today.plusYears(2), today))
        .isInstanceOf(DomainException.class)
        .extracting("field")
        .isEqualTo("drillOn");
    assertThatThrownBy(() -> drill.plan(null, today))
        .isInstanceOf(DomainException.class)
        .extracting("field")
        .isEqualTo("drillOn");
    em.getTransaction().begin();
    drill.plan(LocalDate.of(2027, 5, 6), today);
    em.getTransaction().commit();
    em.clear();

    IncidentDrill found = plans.drill(drill.id()).orElseThrow();
    assertThat(found.plannedOn()).contains(LocalDate.of(2027, 5, 6));
    assertThat(found.overdue()).isTrue();
    assertThat(found.state()).isEqualTo(IncidentDrill.State.DUE);
    em.close();
  }
}
