package com.meike.privacy.order.application;

/** A customer's review as entered (ORD-4): a rating from 1 to 5 and an optional text. */
public record ReviewRequest(Integer rating, String text) {}
