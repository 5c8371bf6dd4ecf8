/** The rights context's schema (Flyway, db/migration/rights). */
package com.meike.privacy.rights.infrastructure.persistence;
