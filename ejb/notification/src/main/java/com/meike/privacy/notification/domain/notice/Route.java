package com.meike.privacy.notification.domain.notice;

/**
 * Where one notice goes: the channel, the partner that carries it, and the address on that channel
 * — the push token (null for a push to the account alias), the phone, or the e-mail.
 */
public record Route(Channel channel, String partner, String address) {}
