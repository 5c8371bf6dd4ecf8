package com.meike.privacy.rights.application;

/**
 * CDI event raised in the request's transaction; the bpmn module starts {@code
 * shutdown-data-disposal} on it.
 */
public record ShutdownRequested(String shutdownId) {}
