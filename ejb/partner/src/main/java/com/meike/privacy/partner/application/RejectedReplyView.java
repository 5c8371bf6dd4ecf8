package com.meike.privacy.partner.application;

import java.time.Instant;

/** A refused reply: when, what it claimed (partner, user, message), and why it was refused. */
public record RejectedReplyView(
    String id,
    Instant receivedAt,
    String declaredPartner,
    String authenticatedUser,
    String referencedMessage,
    String reason) {}
