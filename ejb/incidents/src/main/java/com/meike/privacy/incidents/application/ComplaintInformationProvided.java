package com.meike.privacy.incidents.application;

/**
 * CDI event raised when the complainant replied to a request for information; the process waiting
 * for it moves on.
 */
public record ComplaintInformationProvided(String complaintNumber) {}
