package com.meike.privacy.consent.application;

import java.time.Instant;

/** A person recorded as a child under 14, and their guardian. */
public record ChildStatusView(String subject, String guardian, String basis, Instant markedAt) {}
