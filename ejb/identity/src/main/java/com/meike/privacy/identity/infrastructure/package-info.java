/** Adapters of the identity context to the database: schema migration and JPA repositories. */
package com.meike.privacy.identity.infrastructure;
