package com.meike.privacy.partner.application;

import java.util.List;

/** A message written to the outbox: its id and the fields that will actually reach the partner. */
public record OutboundReceipt(String messageId, String partner, List<String> sentFields) {}
