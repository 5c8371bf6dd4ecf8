package com.meike.privacy.recording.application;

/**
 * CDI event raised inside the applying transaction; the bpmn module starts the approval process on
 * it.
 */
public record RecordingAccessRequested(String applicationId) {}
