/**
 * Persistence of the recording context: {@link
 * com.meike.privacy.recording.infrastructure.persistence.RecordingSchema} migrates its tables at
 * start-up; the JPA repositories live in {@code jpa}.
 */
package com.meike.privacy.recording.infrastructure.persistence;
