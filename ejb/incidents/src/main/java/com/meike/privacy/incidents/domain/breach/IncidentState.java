package com.meike.privacy.incidents.domain.breach;

/** Where a security incident stands in its handling (INC-1). */
public enum IncidentState {
  REGISTERED,
  ASSESSED,
  CONTAINED,
  NOTIFYING,
  CLOSED
}
