/** JPA repositories of the lawful-disclosure context (unit {@code lawful}). */
package com.meike.privacy.lawful.infrastructure.persistence.jpa;
