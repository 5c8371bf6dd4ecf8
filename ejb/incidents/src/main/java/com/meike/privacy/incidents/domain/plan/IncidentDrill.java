package com.meike.privacy.incidents.domain.plan;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A drill of the children's incident plan (INC-3): raised by the yearly timer for the security
 * team, due by a date, and recorded once held — when, which plan version, the scenario, who took
 * part, what was found and what will change.
 */
@Entity
@Table(name = "incident_drill")
public class IncidentDrill {

  public enum State {
    DUE,
    HELD
  }

  public static final int MAX_TEXT = 4000;
  public static final int MAX_PARTICIPANTS = 2000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  /** The China year it was raised for; unique, so a cluster raises one drill a year. */
  @Column(name = "drill_year", updatable = false)
  private Integer year;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 16, nullable = false)
  private State state;

  @Column(name = "overdue", nullable = false)
  private boolean overdue;

  @Column(name = "plan_version")
  private Integer planVersion;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(name = "scenario", length = MAX_TEXT)
  private String scenario;

  @Column(name = "participants", length = MAX_PARTICIPANTS)
  private String participants;

  @Column(name = "findings", length = MAX_TEXT)
  private String findings;

  @Column(name = "improvements", length = MAX_TEXT)
  private String improvements;

  @Column(name = "planned_on")
  private LocalDate plannedOn;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected IncidentDrill() {}

  /**
   * {@code year}'s drill raised now, due by {@code dueOn}, of the plan version in force ({@code
   * null} when none).
   */
  public static IncidentDrill raise(int year, LocalDate dueOn, Integer planVersion, Instant now) {
    IncidentDrill d = new IncidentDrill();
    d.id = UUID.randomUUID().toString();
    d.year = year;
    d.dueOn = dueOn;
    d.raisedAt = now;
    d.state = State.DUE;
    d.planVersion = planVersion;
    return d;
  }

  /**
   * The drill's record. {@code today} is the China date now: a drill is not held in the future, nor
   * before it was raised a year ago.
   *
   * @throws DomainException INVALID_INPUT naming the field; CONFLICT when already recorded
   */
  public void record(
      LocalDate held,
      Integer planVersionDrilled,
      String scenarioText,
      String participantsText,
      String findingsText,
      String improvementsText,
      String actor,
      LocalDate today,
      Instant now) {
    if (state == State.HELD) {
      throw DomainException.conflict("演练已记录 The drill " + id + " was recorded on " + heldOn + ".");
    }
    if (held == null) {
      throw DomainException.invalid(
          "heldOn", "is required (the date of the drill, e.g. 2027-03-20)");
    }
    if (held.isAfter(today)) {
      throw DomainException.invalid("heldOn", "lies in the future");
    }
    if (held.isBefore(dueOn.minusYears(1))) {
      throw DomainException.invalid(
          "heldOn", "lies more than a year before the drill was due (" + dueOn + ")");
    }
    heldOn = held;
    if (planVersionDrilled != null) {
      planVersion = planVersionDrilled;
    }
    scenario = IncidentPlanVersion.text("scenario", scenarioText, MAX_TEXT);
    participants = IncidentPlanVersion.text("participants", participantsText, MAX_PARTICIPANTS);
    findings = IncidentPlanVersion.text("findings", findingsText, MAX_TEXT);
    improvements = IncidentPlanVersion.text("improvements", improvementsText, MAX_TEXT);
    recordedBy = actor;
    recordedAt = now;
    state = State.HELD;
  }

  /** The due date passed with the drill not held: recorded, never silently. */
  public boolean markOverdue() {
    if (state == State.HELD || overdue) {
      return false;
    }
    overdue = true;
    return true;
  }

  /**
   * The privacy office's answer to an overdue drill: the date it will be held (or was held). Not
   * more than a year before the drill was due, nor more than a year ahead of {@code today}.
   *
   * @throws DomainException INVALID_INPUT naming the field {@code drillOn}
   */
  public void plan(LocalDate on, LocalDate today) {
    if (on == null) {
      throw DomainException.invalid("drillOn", "is required (e.g. 2027-05-20)");
    }
    if (on.isBefore(dueOn.minusYears(1))) {
      throw DomainException.invalid(
          "drillOn", "lies more than a year before the drill was due (" + dueOn + ")");
    }
    if (on.isAfter(today.plusYears(1))) {
      throw DomainException.invalid("drillOn", "lies more than a year ahead");
    }
    plannedOn = on;
  }

  public Optional<LocalDate> plannedOn() {
    return Optional.ofNullable(plannedOn);
  }

  public String id() {
    return id;
  }

  /** Empty for a drill raised before the year was recorded. */
  public Optional<Integer> year() {
    return Optional.ofNullable(year);
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public State state() {
    return state;
  }

  public boolean overdue() {
    return overdue;
  }

  public Optional<Integer> planVersion() {
    return Optional.ofNullable(planVersion);
  }

  public Optional<LocalDate> heldOn() {
    return Optional.ofNullable(heldOn);
  }

  public Optional<String> scenario() {
    return Optional.ofNullable(scenario);
  }

  public Optional<String> participants() {
    return Optional.ofNullable(participants);
  }

  public Optional<String> findings() {
    return Optional.ofNullable(findings);
  }

  public Optional<String> improvements() {
    return Optional.ofNullable(improvements);
  }

  public Optional<String> recordedBy() {
    return Optional.ofNullable(recordedBy);
  }

  public Optional<Instant> recordedAt() {
    return Optional.ofNullable(recordedAt);
  }
}
