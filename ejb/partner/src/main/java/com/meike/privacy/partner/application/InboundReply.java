package com.meike.privacy.partner.application;

/**
 * A reply as it arrived on a partner's own queue {@code partner.<id>.inbound}.
 *
 * @param authenticatedUser the partner the broker proved: the owner of the inbound queue, the only
 *     messaging user allowed to send to it
 * @param declaredPartner the JMS string property {@code partner} (or the body's {@code partner}
 *     field), or null; if given it must be the same partner
 * @param body the text of the message, or null when it was not a text message
 */
public record InboundReply(String authenticatedUser, String declaredPartner, String body) {}
