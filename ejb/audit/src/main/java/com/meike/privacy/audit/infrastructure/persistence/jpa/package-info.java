/**
 * JPA implementations of the audit repositories (persistence unit {@code audit}); insert and select
 * only.
 */
package com.meike.privacy.audit.infrastructure.persistence.jpa;
