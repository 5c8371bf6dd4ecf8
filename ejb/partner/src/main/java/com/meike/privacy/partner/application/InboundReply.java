package com.meike.privacy.partner.application;

/**
 * A reply as it arrived on {@code partner.inbound}.
 *
 * @param authenticatedUser the messaging user the broker authenticated ({@code JMSXUserID}), or
 *     null when the broker does not stamp it
 * @param declaredPartner the JMS string property {@code partner} (or the body's {@code partner}
 *     field), or null
 * @param body the text of the message, or null when it was not a text message
 */
public record InboundReply(String authenticatedUser, String declaredPartner, String body) {}
