package com.meike.privacy.incidents.domain.plan;

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

  void store(IncidentDrill drill);

  Optional<IncidentDrill> drill(String id);

  /** The drills, newest first (at most {@code limit}). */
  List<IncidentDrill> drills(int limit);
}
