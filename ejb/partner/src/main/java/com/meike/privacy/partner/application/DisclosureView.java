package com.meike.privacy.partner.application;

import java.time.Instant;
import java.util.List;

/** One disclosure: which partner received which fields of whom, for which purpose, when (PTN-5). */
public record DisclosureView(
    String messageId,
    String partner,
    String subject,
    String purpose,
    String type,
    List<String> fields,
    Instant disclosedAt) {}
