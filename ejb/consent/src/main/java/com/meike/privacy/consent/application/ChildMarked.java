package com.meike.privacy.consent.application;

/**
 * CDI event raised inside the marking transaction: the guardian is to be told and asked to agree to
 * the rules for children's information (Part 2 §VI).
 */
public record ChildMarked(String subject, String guardian) {}
