package com.meike.privacy.recording.application;

import java.time.Instant;

/**
 * A stored recording of an order as a grant holder sees it before playing it (no audio, no key).
 */
public record RecordingView(
    String id,
    String orderNumber,
    String status,
    Instant startedAt,
    Instant endedAt,
    String failureCause,
    boolean held) {}
