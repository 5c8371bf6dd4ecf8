package com.meike.privacy.consent.application;

import java.time.Instant;
import java.util.List;

/**
 * One published policy version without its text, for lists. {@code current} marks the one in force.
 */
public record PolicyVersionSummary(
    String version,
    int ordinal,
    Instant publishedAt,
    boolean major,
    List<String> majorChangeKinds,
    String summary,
    boolean current) {}
