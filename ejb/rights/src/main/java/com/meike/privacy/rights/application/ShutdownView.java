package com.meike.privacy.rights.application;

import java.time.Instant;
import java.time.LocalDate;

/** A shutdown as staff and the process see it: ids, names, dates, states and counts. */
public record ShutdownView(
    String id,
    ServiceView service,
    LocalDate shutdownDate,
    LocalDate earliestDate,
    String reason,
    String requestedBy,
    Instant requestedAt,
    String state,
    String stateLabel,
    String decidedBy,
    Instant decidedAt,
    String decisionComment,
    Instant collectionStoppedAt,
    long noticesSent,
    Instant announcedAt,
    Long peopleBefore,
    long peopleDisposed,
    long deletionOrders,
    Instant disposedAt,
    Long peopleAfter,
    String verifiedBy,
    Instant verifiedAt) {}
