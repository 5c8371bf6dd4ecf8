package com.meike.privacy.incidents.application;

import java.util.Set;

/**
 * The security team's assessment of scope; {@code grade} null keeps the grade (it can only be
 * raised).
 */
public record IncidentAssessment(
    Set<String> categories, Long estimatedPeople, Boolean childrenAffected, String grade) {}
