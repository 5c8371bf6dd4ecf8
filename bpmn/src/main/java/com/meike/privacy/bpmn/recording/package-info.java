/**
 * The recording-access approval process (REC-8) as the engine sees it: the expressions its BPMN
 * calls ({@link com.meike.privacy.bpmn.recording.RecordingAccessProcess}) and how the API's
 * applications start it. Everything decided here is decided by the recording context's {@link
 * com.meike.privacy.recording.application.RecordingAccessService}.
 */
package com.meike.privacy.bpmn.recording;
