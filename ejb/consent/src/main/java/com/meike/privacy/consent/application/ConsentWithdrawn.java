package com.meike.privacy.consent.application;

/**
 * CDI event raised inside the withdrawing transaction, for contexts that hold processing running on
 * that consent (a location stream, a scheduled push) and want to stop it at once rather than at
 * their next check.
 */
public record ConsentWithdrawn(String subject, String purpose, long entrySequence) {}
