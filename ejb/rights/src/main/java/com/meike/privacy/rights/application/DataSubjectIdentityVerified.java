package com.meike.privacy.rights.application;

/**
 * CDI event raised when the requester typed a valid fresh code (DSR-5); the process waiting for it
 * moves on.
 */
public record DataSubjectIdentityVerified(String requestId) {}
