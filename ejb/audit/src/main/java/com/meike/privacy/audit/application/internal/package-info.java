/** Stateless EJB implementations of the audit services; each method is a transaction boundary. */
package com.meike.privacy.audit.application.internal;
