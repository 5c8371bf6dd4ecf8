/** Stateless EJB implementations of the identity services and the demo directory seeding. */
package com.meike.privacy.identity.application.internal;
