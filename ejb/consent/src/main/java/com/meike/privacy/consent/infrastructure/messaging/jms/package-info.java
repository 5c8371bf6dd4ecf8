/** JMS senders to partner queues, in the caller's XA transaction. */
package com.meike.privacy.consent.infrastructure.messaging.jms;
