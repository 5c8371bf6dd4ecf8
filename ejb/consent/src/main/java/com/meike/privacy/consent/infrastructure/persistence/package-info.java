/**
 * Persistence of the consent context: {@link
 * com.meike.privacy.consent.infrastructure.persistence.ConsentSchema} migrates its tables and seeds
 * the purpose catalogue and the first policy version at start-up; the JPA repositories live in
 * {@code jpa}.
 */
package com.meike.privacy.consent.infrastructure.persistence;
