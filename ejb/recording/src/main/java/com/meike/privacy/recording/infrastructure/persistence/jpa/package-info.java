/**
 * JPA implementations of the recording context's repositories, on persistence unit {@code
 * recording} (JTA, {@code java:jboss/datasources/MeikePrivacyDS}). The schema is owned by the
 * Flyway migrations under {@code db/migration/recording}, never generated.
 */
package com.meike.privacy.recording.infrastructure.persistence.jpa;
