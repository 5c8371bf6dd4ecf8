package com.meike.privacy.rights.application;

/**
 * CDI event raised in the filing transaction; the bpmn module starts {@code data-subject-request}
 * on it.
 */
public record DataSubjectRequestFiled(String requestId) {}
