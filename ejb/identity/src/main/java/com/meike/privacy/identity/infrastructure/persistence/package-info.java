/**
 * The identity context's schema: Flyway migrations in {@code db/migration/identity}, run at
 * start-up, then demo seeding.
 */
package com.meike.privacy.identity.infrastructure.persistence;
