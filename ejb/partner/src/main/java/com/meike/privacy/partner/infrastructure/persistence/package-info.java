/** The partners context's schema: Flyway migrations run at deployment. */
package com.meike.privacy.partner.infrastructure.persistence;
