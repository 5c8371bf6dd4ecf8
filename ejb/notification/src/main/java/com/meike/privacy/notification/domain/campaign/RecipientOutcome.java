package com.meike.privacy.notification.domain.campaign;

/** What became of one recipient in a batch: sent (message id, channel) or unreached (reason). */
public record RecipientOutcome(
    String subjectId, boolean sent, String messageId, String channel, String reason) {}
