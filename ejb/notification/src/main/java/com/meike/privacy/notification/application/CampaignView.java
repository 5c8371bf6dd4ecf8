package com.meike.privacy.notification.application;

import java.time.Instant;

/**
 * A notice campaign's progress: selected people, sent notices (in the outbox for the partners),
 * unreached people (no channel or no consent to one: for the public announcement), still pending,
 * and what the partners reported so far (delivered, failed).
 */
public record CampaignView(
    String id,
    String purpose,
    String reference,
    String templateId,
    String state,
    String stateLabel,
    long selected,
    long sent,
    long unreached,
    long pending,
    long delivered,
    long failed,
    String startedBy,
    Instant startedAt,
    String stateBy,
    Instant stateAt,
    Instant finishedAt) {}
