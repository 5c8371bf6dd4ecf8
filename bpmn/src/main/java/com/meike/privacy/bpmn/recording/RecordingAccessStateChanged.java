package com.meike.privacy.bpmn.recording;

/**
 * CDI event raised by the {@code recording-access-approval} process, in its transaction, when an
 * application's state changed (a decision, the lapse, the grant), so that other processes showing
 * the application (a complaint's task forms) refresh it.
 */
public record RecordingAccessStateChanged(String applicationId) {}
