package com.meike.privacy.notification.application;

import java.time.Instant;

/**
 * A notice as its recipient sees it in the app: which template, when, through which channel, and
 * its delivery status ({@code SENT}, {@code ACKNOWLEDGED}, {@code DELIVERED}, {@code FAILED} with
 * the partner's reason).
 */
public record NotificationView(
    String id,
    String templateId,
    String category,
    String channel,
    String partner,
    String messageId,
    String status,
    String reason,
    Instant sentAt,
    Instant statusAt) {}
