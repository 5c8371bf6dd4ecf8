/** JPA implementations of the identity repositories (persistence unit {@code identity}). */
package com.meike.privacy.identity.infrastructure.persistence.jpa;
