/**
 * The outbox (PTN-4): every message to a partner as written with the business change that caused
 * it, its hand-over to the broker, the partner's reply, and the replies refused. {@link
 * com.meike.privacy.partner.domain.outbox.PartnerQueue} is the port the relay delivers through.
 */
package com.meike.privacy.partner.domain.outbox;
