package com.meike.privacy.consent.application;

import java.time.Instant;
import java.util.List;

/** One published policy version with its full text. */
public record PolicyVersionView(
    String version,
    int ordinal,
    Instant publishedAt,
    String publishedBy,
    boolean major,
    List<String> majorChangeKinds,
    String summary,
    String text) {}
