package com.meike.privacy.incidents.application;

/**
 * CDI event raised inside the transaction that records a complaint's answer; the notification
 * context tells the complainant (template {@code complaint-answered}, with the right to go to
 * court, Part 2 §IX). Carries ids only: the answer itself stays in the complaint.
 */
public record ComplaintAnswered(String complaintNumber, String complainant, String resolution) {}
