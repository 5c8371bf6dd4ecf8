package com.meike.privacy.recording.application;

import java.time.Instant;
import java.util.Map;

/**
 * The legal holds open now (AUD-3): how many, on how many orders, how many recordings they keep
 * past the 7 days, the oldest one's placing time (null when none), and how many of each kind —
 * {@code COMPLAINT}, {@code BAD_REVIEW}, {@code LAWFUL_DISCLOSURE}, {@code STAFF} (placed by hand).
 */
public record OpenHoldsView(
    long openHolds,
    long ordersHeld,
    long recordingsHeld,
    Instant oldestPlacedAt,
    Map<String, Long> byKind) {}
