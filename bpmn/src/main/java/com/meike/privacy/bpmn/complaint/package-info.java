/**
 * The complaint-escalation process (CMP-1) as the engine sees it: the expressions its BPMN calls
 * ({@link com.meike.privacy.bpmn.complaint.ComplaintProcess}) and how filed complaints and the
 * complainant's replies start and move it. Everything decided here is decided by the incidents
 * context's {@link com.meike.privacy.incidents.application.ComplaintService}.
 */
package com.meike.privacy.bpmn.complaint;
