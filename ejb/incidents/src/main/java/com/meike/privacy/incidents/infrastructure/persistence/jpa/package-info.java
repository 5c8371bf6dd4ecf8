/**
 * JPA implementations of the incidents context's repositories (persistence unit {@code incidents}).
 */
package com.meike.privacy.incidents.infrastructure.persistence.jpa;
