package com.meike.privacy.partner.application;

/**
 * CDI event raised in the transaction that writes a deletion order; the bpmn module starts {@code
 * partner-deletion-order} on it. {@code complete} is true when no partner received the person's
 * data.
 */
public record DeletionOrderPlaced(String orderId, int partners, boolean complete) {}
