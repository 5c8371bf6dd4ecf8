/** The partners context's repositories on JPA (persistence unit {@code partner}). */
package com.meike.privacy.partner.infrastructure.persistence.jpa;
