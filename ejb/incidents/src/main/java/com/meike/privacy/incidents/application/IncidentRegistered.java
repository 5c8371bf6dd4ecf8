package com.meike.privacy.incidents.application;

/**
 * CDI event raised inside the registering transaction; the bpmn module starts {@code
 * breach-notification} on it.
 */
public record IncidentRegistered(String incidentId) {}
