package com.meike.privacy.order.application;

/** What the assigned beautician may see of an active order (ORD-2): where to go, whom to call. */
public record ServiceContact(
    String orderNumber, String serviceAddress, String contactName, String contactPhone) {}
