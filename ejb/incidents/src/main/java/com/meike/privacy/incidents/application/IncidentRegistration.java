package com.meike.privacy.incidents.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A security incident as the security team registers it (INC-1): when it was discovered, what
 * happened, the systems involved, the purpose catalogue's categories of personal information
 * concerned (purpose codes such as {@code location.precise}), the estimated number of people,
 * whether children are affected, and a first grading ({@code GENERAL}, {@code RELATIVELY_MAJOR},
 * {@code MAJOR}, {@code ESPECIALLY_MAJOR}).
 */
public record IncidentRegistration(
    Instant discoveredAt,
    String description,
    List<String> systems,
    Set<String> categories,
    Long estimatedPeople,
    Boolean childrenAffected,
    String grade) {}
