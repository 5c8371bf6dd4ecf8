/** JPA repositories of the notification context (persistence unit {@code notification}). */
package com.meike.privacy.notification.infrastructure.persistence.jpa;
