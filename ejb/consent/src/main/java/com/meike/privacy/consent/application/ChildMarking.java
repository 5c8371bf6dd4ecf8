package com.meike.privacy.consent.application;

/**
 * Recording that {@code subject} is a child under 14, with their {@code guardian} (both account
 * ids) and the {@code basis} ({@code BIRTH_DATE} or {@code DECLARATION}). Validated by the service.
 */
public record ChildMarking(String subject, String guardian, String basis) {}
