package com.meike.privacy.recording.application;

import java.time.Instant;

/**
 * A recording session as its beautician sees it. {@code state} is NOT_STARTED (with {@code
 * notStartedReason}), RECORDING, STOPPED (with {@code stopReason}) or FAILED (with {@code
 * failureCause}). For the upload: {@code expectedChunk} is the index of the chunk the server takes
 * next (a gap shows as a chunk sent ahead of it), {@code segmentSize} the number of bytes every
 * chunk but the last must be a multiple of, {@code maxChunkBytes} the largest chunk accepted, and
 * {@code sealed} whether the audio's end is stored.
 */
public record SessionView(
    String id,
    String orderNumber,
    String state,
    String notStartedReason,
    String failureCause,
    String stopReason,
    String customerConsent,
    String impliedConsentToldBy,
    Instant impliedConsentToldAt,
    String beauticianAppVersion,
    String customerAppVersion,
    Instant arrivedAt,
    Instant stoppedAt,
    int expectedChunk,
    long storedBytes,
    int segmentSize,
    int maxChunkBytes,
    boolean sealed) {}
