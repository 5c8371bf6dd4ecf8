/**
 * JMS adapters: the partner queues the relay delivers to ({@code partner.<id>.outbound}, through
 * the XA connection factory {@code java:/JmsXA}) and the listener of each partner's {@code
 * partner.<id>.inbound}.
 */
package com.meike.privacy.partner.infrastructure.messaging.jms;
