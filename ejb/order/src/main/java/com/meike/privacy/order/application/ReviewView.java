package com.meike.privacy.order.application;

import java.time.Instant;

/**
 * A review, for the customer who wrote it. {@code recordingsHeld} says it was a bad review that put
 * the order's recordings on legal hold (ORD-4, REC-6).
 */
public record ReviewView(
    String orderNumber, int rating, String text, boolean recordingsHeld, Instant reviewedAt) {}
