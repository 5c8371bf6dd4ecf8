package com.meike.privacy.order.application;

/**
 * CDI event raised in the transaction that assigns a beautician to an order: the notification
 * context tells the beautician's app (the order push of PTN-4, through the partner outbox), so no
 * assignment commits without its push and none is pushed that did not commit.
 */
public record OrderAssigned(String orderNumber, String beauticianId) {}
