package com.meike.privacy.incidents.application;

/**
 * CDI event raised inside the filing transaction; the bpmn module starts {@code
 * complaint-escalation} on it.
 */
public record ComplaintFiled(String complaintNumber) {}
