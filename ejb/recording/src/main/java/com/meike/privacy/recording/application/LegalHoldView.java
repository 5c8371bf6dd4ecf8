package com.meike.privacy.recording.application;

import java.time.Instant;

/** A legal hold on an order's recordings (REC-6). */
public record LegalHoldView(
    String id,
    String orderNumber,
    String reason,
    String placedBy,
    Instant placedAt,
    String releasedBy,
    Instant releasedAt,
    boolean active) {}
