package com.meike.privacy.incidents.domain.complaint;

/** The kinds of fact a complaint's history records. */
public enum EntryKind {
  FILED,
  ESCALATED,
  INFORMATION_REQUESTED,
  INFORMATION_RECEIVED,
  INFORMATION_NOT_RECEIVED,
  REMINDED,
  DEADLINE_MISSED,
  ANSWERED,
  CLOSED
}
