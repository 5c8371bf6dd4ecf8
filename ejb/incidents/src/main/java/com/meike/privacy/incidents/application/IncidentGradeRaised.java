package com.meike.privacy.incidents.application;

/**
 * CDI event raised inside the transaction that raised an incident's grade (through the API, outside
 * a task); the bpmn module tells the incident's process, which starts the report clock when the new
 * grade is reportable.
 */
public record IncidentGradeRaised(String incidentId, String grade, boolean reportRequired) {}
