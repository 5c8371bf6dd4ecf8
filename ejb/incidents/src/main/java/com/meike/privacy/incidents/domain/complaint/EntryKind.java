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
  CLOSED,
  /** The order's recordings were put on legal hold because of the complaint (REC-6). */
  EVIDENCE_HELD,
  /** The complaint was closed and its legal hold released. */
  EVIDENCE_RELEASED,
  /** The complainant added an attachment. */
  ATTACHMENT_ADDED,
  /** A handler applied to listen to the order's recording as dispute evidence (REC-7). */
  RECORDING_ACCESS_REQUESTED
}
