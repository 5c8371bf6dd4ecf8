package com.meike.privacy.lawful.application;

/**
 * CDI event raised inside the registering transaction; the bpmn module starts the {@code
 * lawful-disclosure} review on it, so a request never exists without its review, nor the reverse.
 */
public record LawfulDisclosureRequested(String requestId) {}
