package com.meike.privacy.rights.application;

/**
 * CDI event raised when the requester accepted the fee of a repeated or excessive request (DSR-6);
 * the process waiting for it resumes the answer clock.
 */
public record DataSubjectFeeAccepted(String requestId) {}
