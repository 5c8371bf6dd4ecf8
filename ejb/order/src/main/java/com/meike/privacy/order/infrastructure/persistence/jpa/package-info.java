/** JPA repositories of the order context (persistence unit {@code order}). */
package com.meike.privacy.order.infrastructure.persistence.jpa;
