package com.meike.privacy.incidents.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The children's incident plan (INC-3) as a versioned document, and its yearly drills: one
 * transaction per call with its audit entry. Bad input is INVALID_INPUT naming the field; an
 * unknown version or drill NOT_FOUND; a version published meanwhile or a drill recorded twice
 * CONFLICT.
 */
@Local
public interface IncidentPlans {

  /** The version in force (the newest), if any was published. */
  Optional<PlanView> current();

  /** Every version, newest first. */
  List<PlanView> versions();

  PlanView version(int version);

  /** Publishes a new version on top of {@code draft.basedOn()} (the version the editor read). */
  PlanView publish(PlanDraft draft, String actor);

  /**
   * Whether {@code year}'s drill (China calendar) was raised — the hourly check's question, asked
   * before it starts anything.
   */
  boolean drillRaised(int year);

  /**
   * The yearly check raises {@code year}'s drill for the security team, due by {@code dueOn}. At
   * most one per year, also on a cluster: CONFLICT when that year's drill exists (the caller's
   * transaction then rolls back, and with it the process it started).
   */
  DrillView raiseDrill(int year, LocalDate dueOn);

  DrillView drill(String id);

  /** The drills, newest first (at most 100). */
  List<DrillView> drills();

  /** The drill's record, once held. */
  DrillView recordDrill(String id, DrillRecord record, String actor);

  /** The drill's due date passed with no record: marked overdue and audited. */
  DrillView drillOverdue(String id);

  /**
   * The privacy office's answer to an overdue drill: when it will be held (or was held), audited.
   */
  DrillView planDrill(String id, LocalDate on, String actor);

  /**
   * A new version of the plan: the three sections, a note on what changed, and the version edited.
   */
  record PlanDraft(
      Integer basedOn, String responsibilities, String contacts, String steps, String changeNote) {}

  record PlanView(
      int version,
      String responsibilities,
      String contacts,
      String steps,
      String changeNote,
      String publishedBy,
      Instant publishedAt) {}

  /**
   * What the security team records after a drill. {@code planVersion} null: the version in force.
   */
  record DrillRecord(
      LocalDate heldOn,
      Integer planVersion,
      String scenario,
      String participants,
      String findings,
      String improvements) {}

  record DrillView(
      String id,
      LocalDate dueOn,
      Instant raisedAt,
      String state,
      boolean overdue,
      Integer planVersion,
      LocalDate heldOn,
      String scenario,
      String participants,
      String findings,
      String improvements,
      String recordedBy,
      Instant recordedAt,
      LocalDate plannedOn) {}
}
