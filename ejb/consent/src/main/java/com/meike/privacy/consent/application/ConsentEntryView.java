package com.meike.privacy.consent.application;

import java.time.Instant;

/** One ledger entry (CON-1). */
public record ConsentEntryView(
    long sequence,
    String subject,
    String purpose,
    String policyVersion,
    String action,
    String channel,
    String actor,
    String actedAs,
    String recordedBy,
    Instant occurredAt) {}
