/** Adapters of the audit context to the database: schema migration and JPA repositories. */
package com.meike.privacy.audit.infrastructure;
