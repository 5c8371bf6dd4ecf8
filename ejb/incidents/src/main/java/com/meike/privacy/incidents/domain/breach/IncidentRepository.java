package com.meike.privacy.incidents.domain.breach;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Security incidents, their history and their reports; joins the caller's transaction. */
public interface IncidentRepository {

  void store(BreachIncident incident);

  Optional<BreachIncident> find(String id);

  /** Newest discovered first, at most {@code limit}. */
  List<BreachIncident> recent(int limit);

  List<IncidentEntry> history(String incidentId);

  void store(RegulatorReport report);

  Optional<RegulatorReport> report(String incidentId, RegulatorReport.Kind kind);

  /** How many incidents of each grade. */
  Map<IncidentGrade, Long> countByGrade();

  /** Average seconds from discovery to the submitted report, over incidents that have one. */
  Optional<Double> averageSecondsToReport();

  /** Average seconds from discovery to the first notice, over incidents that notified. */
  Optional<Double> averageSecondsToNotify();

  /** Incidents whose report was missed. */
  long reportsMissed();
}
