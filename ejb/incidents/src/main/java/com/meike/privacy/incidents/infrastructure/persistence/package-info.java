/** The incidents context's schema, migrated by Flyway at deployment. */
package com.meike.privacy.incidents.infrastructure.persistence;
