package com.meike.privacy.incidents.domain.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The children's incident plan's versions and its drills (INC-3). */
public interface PlanRepository {

  void store(IncidentPlanVersion version);

  /**
   * The newest version (a concurrent publication of the same number fails on its unique
   * constraint).
   */
  Optional<IncidentPlanVersion> newest();

  Optional<IncidentPlanVersion> version(int version);

  /** Every version, newest first. */
  List<IncidentPlanVersion> versions();

  /**
   * Stores a new drill at once: a second drill of the same year (another node of the cluster) fails
   * here on the unique year.
   */
  void store(IncidentDrill drill);

  /**
   * Whether a drill was raised for {@code year}: its year recorded, or (older drills) raised
   * between {@code from} and {@code to}.
   */
  boolean drillRaised(int year, Instant from, Instant to);

  Optional<IncidentDrill> drill(String id);

  /** The drills, newest first (at most {@code limit}). */
  List<IncidentDrill> drills(int limit);
}
