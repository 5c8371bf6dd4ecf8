package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.recording.application.RecordingProbes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * {@link RecordingProbes}: one audit entry per refused attempt, committed at once. The path (the
 * audit subject, cut to 128 characters) carries ids only — never the query string, which might
 * carry anything.
 */
@Stateless
public class DefaultRecordingProbes implements RecordingProbes {

  @Inject AuditTrail auditTrail;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(String accountId, String method, String path) {
    String target = path == null ? "" : path.length() > 128 ? path.substring(0, 128) : path;
    auditTrail.record(
        new AuditEvent(
            accountId == null || accountId.isBlank() ? "anonymous" : accountId,
            "recording.retrieval.refused",
            "recording",
            target,
            "an app user tried "
                + method
                + " on a recording path; parties never retrieve recordings or keys (REC-4)"));
  }
}
