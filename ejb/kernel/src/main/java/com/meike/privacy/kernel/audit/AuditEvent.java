package com.meike.privacy.kernel.audit;

import java.util.Objects;

/**
 * One fact for the audit trail (AUD-1): who did what to which record. {@code detail} is a short
 * free text for investigators and must never hold personal data itself (refer by id instead).
 */
public record AuditEvent(
    String actor, String action, String subjectType, String subjectId, String detail) {

  public AuditEvent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    detail = detail == null ? "" : detail;
  }
}
