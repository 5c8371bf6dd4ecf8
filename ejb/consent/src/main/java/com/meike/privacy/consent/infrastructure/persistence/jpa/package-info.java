/**
 * JPA implementations of the consent context's repositories, on persistence unit {@code consent}
 * (JTA, {@code java:jboss/datasources/MeikePrivacyDS}). The schema is owned by the Flyway
 * migrations under {@code db/migration/consent}, never generated. The ledger and the exception
 * register are only ever inserted into and read: no repository here updates or deletes them.
 */
package com.meike.privacy.consent.infrastructure.persistence.jpa;
