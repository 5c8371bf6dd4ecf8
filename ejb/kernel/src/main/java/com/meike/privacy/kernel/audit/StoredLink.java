package com.meike.privacy.kernel.audit;

import java.time.Instant;

/**
 * One audit entry as stored: the facts, the hash of its predecessor and its own hash. The input of
 * {@link HashChain#verify(Iterable)}; values are taken as read, without normalising, so that any
 * change made behind the application's back shows up as a mismatch.
 */
public record StoredLink(
    long sequence,
    Instant occurredAt,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String detail,
    String previousHash,
    String hash) {}
