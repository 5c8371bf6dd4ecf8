/**
 * Use cases of the incidents context as {@code @Local} EJB views ({@link
 * com.meike.privacy.incidents.application.ComplaintService}), their request and view records and
 * the CDI events the context raises ({@link
 * com.meike.privacy.incidents.application.ComplaintFiled}, {@link
 * com.meike.privacy.incidents.application.ComplaintInformationProvided}, {@link
 * com.meike.privacy.incidents.application.ComplaintEvidenceChanged}). Other contexts and the {@code
 * bpmn} and web modules depend on this package only.
 */
package com.meike.privacy.incidents.application;
