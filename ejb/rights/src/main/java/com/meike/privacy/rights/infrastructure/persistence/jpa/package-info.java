/** JPA repositories of the rights context (unit {@code rights}). */
package com.meike.privacy.rights.infrastructure.persistence.jpa;
