package com.meike.privacy.partner.application;

import java.time.Instant;

/**
 * CDI event raised in the transaction that records an accepted reply on one of our messages ({@code
 * status} ACKNOWLEDGED, FAILED or DELIVERED; {@code reason} the partner's words for a failure).
 * Other contexts follow up their own messages through it (a notification's delivery status, a
 * deletion order's acknowledgements) without reading the outbox; an observer that throws rolls the
 * reply back, so the broker redelivers it.
 */
public record PartnerReplyAccepted(
    String messageId,
    String partner,
    String type,
    String status,
    String reason,
    Instant repliedAt) {}
