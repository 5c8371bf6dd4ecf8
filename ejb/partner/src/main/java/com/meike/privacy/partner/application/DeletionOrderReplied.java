package com.meike.privacy.partner.application;

/**
 * CDI event raised in the transaction that records a partner's answer to a deletion order: {@code
 * status} ACKNOWLEDGED or FAILED (with the partner's {@code reason}); {@code complete} when every
 * partner of the order has now acknowledged. The bpmn module correlates it into the order's
 * process.
 */
public record DeletionOrderReplied(
    String orderId, String partner, String status, String reason, boolean complete) {}
