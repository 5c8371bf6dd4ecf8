package com.meike.privacy.consent.application;

import java.util.List;

/**
 * What a staff member publishes: the version id (such as {@code 2026-07}), a short summary of what
 * changed, the full text, whether it is a major change and, if so, which of the six kinds of Part 2
 * §VIII by name ({@code SERVICE_MODEL}, {@code CONTROL}, {@code RECIPIENTS}, {@code RIGHTS}, {@code
 * RESPONSIBLE_DEPARTMENT}, {@code HIGH_RISK_ASSESSMENT}). Validated by the service.
 */
public record PolicyPublication(
    String version, String summary, String text, boolean major, List<String> majorChangeKinds) {}
