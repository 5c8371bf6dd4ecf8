package com.meike.privacy.incidents.application;

/**
 * CDI event raised in the transaction that added evidence to a complaint — an attachment, or a
 * recording-access application a handler made from it; the bpmn module refreshes what the
 * complaint's task forms show.
 */
public record ComplaintEvidenceChanged(String complaintNumber) {}
