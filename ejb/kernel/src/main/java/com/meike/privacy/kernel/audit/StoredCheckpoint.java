package com.meike.privacy.kernel.audit;

import java.time.Instant;

/**
 * A seal of the audit chain as stored: the chain's hash at {@code sequence}, when it was sealed,
 * the id of the key, the previous checkpoint's mac ({@link Checkpoints#GENESIS_MAC} for the first)
 * and its own mac over all of these (see {@link Checkpoints#mac}).
 */
public record StoredCheckpoint(
    long sequence, String hash, Instant sealedAt, String keyId, String previousMac, String mac) {}
