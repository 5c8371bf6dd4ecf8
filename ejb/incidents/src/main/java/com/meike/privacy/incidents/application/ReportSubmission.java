package com.meike.privacy.incidents.application;

import java.time.Instant;

/**
 * The privacy officer marks the (edited) initial report as submitted, with the time and the
 * authority's reference.
 */
public record ReportSubmission(String body, Instant submittedAt, String reference) {}
