package com.meike.privacy.audit.application;

/**
 * Result of verifying the audit chain. When {@code intact} is false, {@code firstBrokenSequence}
 * is the sequence number of the first entry whose stored hash or link does not match, and
 * {@code reason} says which.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String reason) {}
