/**
 * Recording access (REC-7, REC-8): the {@link
 * com.meike.privacy.recording.domain.access.RecordingAccessApplication} aggregate with its two
 * approvals, the {@link com.meike.privacy.recording.domain.access.RecordingAccessGrant} it
 * produces, their value objects ({@link com.meike.privacy.recording.domain.access.OrderNumber},
 * {@link com.meike.privacy.recording.domain.access.AllowedUse}, {@link
 * com.meike.privacy.recording.domain.access.AccessReason}, {@link
 * com.meike.privacy.recording.domain.access.ApprovalRoute}) and the repository interfaces.
 *
 * <p>Plain classes: every rule here is reachable from a unit test without a container. Time is
 * always passed in; nothing here reads a clock, the configuration or the staff directory.
 */
package com.meike.privacy.recording.domain.access;
