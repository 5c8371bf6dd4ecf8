package com.meike.privacy.incidents.application;

import java.time.Duration;
import java.util.Map;

/**
 * Complaint figures for staff: open complaints by tier (all tiers listed, zeros included), open
 * complaints past their final deadline, and how long answered complaints took on average (null when
 * none has been answered).
 */
public record ComplaintStatistics(
    Map<String, Long> openByTier,
    long open,
    long overdue,
    long answered,
    Duration averageTimeToAnswer) {}
