package com.meike.privacy.incidents.application;

import java.time.Instant;

/**
 * A report to the regulator: {@code INITIAL} (reviewed and submitted) or {@code FINAL} (at
 * closing).
 */
public record RegulatorReportView(
    String id,
    String incidentId,
    String kind,
    String body,
    Instant createdAt,
    String submittedBy,
    Instant submittedAt,
    String reference) {}
