package com.meike.privacy.partner.application.internal;

/** A message was written to the outbox; observed after the writing transaction commits. */
public record OutboxWritten(String messageId) {}
