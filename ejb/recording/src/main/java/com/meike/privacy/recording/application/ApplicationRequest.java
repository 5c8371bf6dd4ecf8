package com.meike.privacy.recording.application;

/** What an applicant submits: the order, one allowed use (REC-7) by its name, and why. Validated by the service. */
public record ApplicationRequest(String orderNumber, String use, String reason) {}
