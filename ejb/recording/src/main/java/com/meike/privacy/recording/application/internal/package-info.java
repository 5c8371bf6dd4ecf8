/**
 * {@code @Stateless} implementations of the application services: each method is one
 * container-managed JTA transaction that loads aggregates, applies the domain rule, stores the
 * result, writes its audit entry and raises its events.
 */
package com.meike.privacy.recording.application.internal;
