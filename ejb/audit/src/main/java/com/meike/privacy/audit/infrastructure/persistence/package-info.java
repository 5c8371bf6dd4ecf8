/** The audit context's schema: Flyway migrations in {@code db/migration/audit}, run at start-up. */
package com.meike.privacy.audit.infrastructure.persistence;
