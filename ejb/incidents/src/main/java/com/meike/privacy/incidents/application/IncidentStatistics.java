package com.meike.privacy.incidents.application;

import java.util.Map;

/** For the privacy officer: incidents by grade, average time to report and to notify, misses. */
public record IncidentStatistics(
    Map<String, Long> byGrade,
    Double averageMinutesToReport,
    Double averageMinutesToNotify,
    long reportsMissed) {}
