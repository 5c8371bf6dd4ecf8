package com.meike.privacy.incidents.domain.breach;

/** What an entry of an incident's history records. */
public enum IncidentEntryKind {
  REGISTERED,
  GRADE_RAISED,
  ASSESSED,
  CONTAINMENT,
  REPORT_SUBMITTED,
  REPORT_REMINDED,
  REPORT_ESCALATED,
  REPORT_MISSED,
  NOTICES_DECIDED,
  NOTICES_REMINDED,
  NOTICES_ESCALATED,
  NOTICES_MISSED,
  NOTICES_STARTED,
  NOTICES_FINISHED,
  ANNOUNCED,
  CLOSED
}
