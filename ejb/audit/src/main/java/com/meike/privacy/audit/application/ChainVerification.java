package com.meike.privacy.audit.application;

import java.time.Instant;

/**
 * Result of verifying the audit trail.
 *
 * <ul>
 *   <li>{@code intact}: the linked chain, its head and its checkpoints fit. When false, {@code
 *       firstBrokenSequence} is the first sequence that does not fit and {@code reason} says why:
 *       hash mismatch, previous-hash mismatch, sequence gap, head mismatch, checkpoint mismatch (a
 *       seal that is not genuine, or a chain rewritten since it was sealed), checkpoint key
 *       unknown, or deleted tail (the chain ends before its newest checkpoint).
 *   <li>{@code entriesChecked}: linked entries read.
 *   <li>{@code unchainedEntries}, {@code oldestUnchainedAt}: committed entries the chainer has not
 *       linked yet (normally only those of the last seconds; an old one means the chainer is not
 *       running, or an entry was taken off its queue behind its back).
 *   <li>{@code lastCheckpointSequence}, {@code lastCheckpointAt}: the newest seal, if any.
 * </ul>
 */
public record ChainVerification(
    boolean intact,
    long entriesChecked,
    Long firstBrokenSequence,
    String reason,
    long unchainedEntries,
    Instant oldestUnchainedAt,
    Long lastCheckpointSequence,
    Instant lastCheckpointAt) {}
