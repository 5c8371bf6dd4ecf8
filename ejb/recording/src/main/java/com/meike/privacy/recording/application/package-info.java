/**
 * Use cases of the recording context as {@code @Local} EJB views ({@link
 * com.meike.privacy.recording.application.RecordingAccessService}), their request and view records
 * and the CDI events the context raises ({@link
 * com.meike.privacy.recording.application.RecordingAccessRequested}). Other contexts and the {@code
 * bpmn} and web modules depend on this package only.
 */
package com.meike.privacy.recording.application;
