package com.meike.privacy.order.application;

/**
 * A customer rated a completed order at or below the bad-review threshold (ORD-4). Fired
 * synchronously inside the review's transaction: the recording context observes it and puts the
 * order's recordings on legal hold (REC-6), so the review and the hold commit or fail together.
 */
public record BadReviewReceived(String orderNumber, int rating, String customerId) {}
