/**
 * {@code @Stateless} implementations of the application services: each method is one
 * container-managed JTA transaction that loads what it needs, applies the domain rule, appends or
 * stores the result, writes its audit entry and raises its events. The consent check alone joins a
 * caller's transaction without starting one: it only reads.
 */
package com.meike.privacy.consent.application.internal;
