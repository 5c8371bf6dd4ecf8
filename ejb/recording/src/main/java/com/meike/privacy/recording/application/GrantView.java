package com.meike.privacy.recording.application;

import java.time.Instant;

/**
 * A grant to open one order's recording for one use. {@code state} is ACTIVE, EXPIRED or REVOKED at
 * the time of reading.
 */
public record GrantView(
    String id,
    String applicationId,
    String orderNumber,
    String use,
    String holder,
    Instant issuedAt,
    Instant expiresAt,
    Instant revokedAt,
    String state) {}
