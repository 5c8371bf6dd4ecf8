/**
 * Implementations of the partners context's use cases, and the outbox relay: the EJBs are the
 * transaction boundaries. Not for use outside the context.
 */
package com.meike.privacy.partner.application.internal;
