package com.meike.privacy.order.application;

/**
 * CDI event raised in the transaction that assigns a beautician to an order: the notification
 * context tells the beautician's app (the order push of PTN-4, through the partner outbox), so no
 * assignment commits without its push and none is pushed that did not commit. The customer who
 * placed the order for themselves is told by the order SMS where the beautician will come ({@code
 * serviceAddress}); it is null for an order placed for another person (the address is theirs, not
 * the customer's), and no customer SMS is sent then.
 */
public record OrderAssigned(
    String orderNumber, String beauticianId, String customerId, String serviceAddress) {}
