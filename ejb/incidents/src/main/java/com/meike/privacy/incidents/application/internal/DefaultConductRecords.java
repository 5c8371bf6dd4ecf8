package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.AccountLookup;
import com.meike.privacy.incidents.application.ConductRecords;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.incidents.domain.conduct.ConductKind;
import com.meike.privacy.incidents.domain.conduct.ConductRecord;
import com.meike.privacy.incidents.domain.conduct.ConductRecordRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * {@link ConductRecords} as one container-managed transaction per call. The finding is sealed with
 * the context's field key; audit entries name the record id, the kind and the account id — never
 * the finding.
 */
@Stateless
public class DefaultConductRecords implements ConductRecords {

  static final String FINDING_COLUMN = "finding_sealed";

  @Inject ConductRecordRepository records;
  @Inject ComplaintRepository complaints;
  @Inject AccountLookup accounts;
  @Inject @Key(DefaultComplaintService.FIELD_KEY) FieldCipher fields;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public ConductRecordView record(ConductInput input, String recordedBy) {
    if (input == null) {
      throw DomainException.invalid("account", "is required");
    }
    ConductKind kind = ConductKind.parse(input.kind());
    if (input.account() == null || input.account().isBlank()) {
      throw DomainException.invalid("account", "is required");
    }
    if (accounts.byId(input.account().strip(), recordedBy).isEmpty()) {
      throw DomainException.invalid("account", "no account with this id");
    }
    String id = UUID.randomUUID().toString();
    ConductRecord record = ConductRecord.record(id, input.account(), kind, input.complaintNumber(), input.rule(),
        input.finding(), recordedBy, clock.instant(), finding -> fields.seal(finding, binding(id)));
    record.complaintNumber().ifPresent(number -> {
      if (complaints.find(number).isEmpty()) {
        throw DomainException.invalid("complaintNumber", "no complaint with this number");
      }
    });
    records.add(record);
    auditTrail.record(new AuditEvent(recordedBy, "conduct.recorded", "account", record.accountId(),
        kind + " record " + id + record.complaintNumber().map(c -> " from complaint " + c).orElse("")
            + ", kept permanently (RET-3)"));
    return view(record);
  }

  @Override
  public List<ConductRecordView> of(String account, String viewer) {
    if (account == null || account.isBlank()) {
      throw DomainException.invalid("account", "is required");
    }
    List<ConductRecordView> views = records.of(account.strip()).stream().map(this::view).toList();
    auditTrail.record(new AuditEvent(viewer, "conduct.read", "account", account.strip(), views.size() + " conduct record(s)"));
    return views;
  }

  ConductRecordView view(ConductRecord r) {
    return new ConductRecordView(r.id(), r.accountId(), r.kind().name(), r.kind().label(),
        r.complaintNumber().orElse(null), r.ruleViolated(), fields.open(r.findingSealed(), binding(r.id())),
        r.recordedBy(), r.recordedAt(), r.retention(), r.retentionReason());
  }

  static SealBinding binding(String id) {
    return SealBinding.of(ConductRecord.TABLE, FINDING_COLUMN, id);
  }
}
