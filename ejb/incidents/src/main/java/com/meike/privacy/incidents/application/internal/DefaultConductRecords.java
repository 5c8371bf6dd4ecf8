package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.LegalException;
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
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
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

  /**
   * The purpose a conduct record belongs to in consent's catalogue: the account's network identity.
   */
  static final String PURPOSE = "account.network-identity";

  @Inject ConductRecordRepository records;
  @Inject ComplaintRepository complaints;
  @Inject AccountLookup accounts;

  @Inject
  @Key(DefaultComplaintService.FIELD_KEY)
  FieldCipher fields;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;
  @Inject ConsentCheck consent;

  @Override
  public ConductRecordView record(ConductInput input, String recordedBy) {
    if (input == null) {
      throw DomainException.invalid("account", "is required");
    }
    ConductKind kind = ConductKind.parse(input.kind());
    if (input.account() == null || input.account().isBlank()) {
      throw DomainException.invalid("account", "is required");
    }
    if (accounts.byId(SubjectId.of(input.account()), recordedBy).isEmpty()) {
      throw DomainException.invalid("account", "no account with this id");
    }
    String id = UUID.randomUUID().toString();
    ConductRecord record =
        ConductRecord.record(
            id,
            input.account(),
            kind,
            input.complaintNumber(),
            input.rule(),
            input.finding(),
            recordedBy,
            clock.instant(),
            finding -> fields.seal(finding, binding(id)));
    record
        .complaintNumber()
        .ifPresent(
            number -> {
              if (complaints.find(number).isEmpty()) {
                throw DomainException.invalid("complaintNumber", "no complaint with this number");
              }
            });
    records.add(record);
    auditTrail.record(
        new AuditEvent(
            recordedBy,
            "conduct.recorded",
            "account",
            record.accountId(),
            kind
                + " record "
                + id
                + record.complaintNumber().map(c -> " from complaint " + c).orElse("")
                + ", kept permanently (RET-3)"));
    return view(record, input.finding().strip());
  }

  @Override
  public List<ConductRecordView> of(String account, String viewer) {
    if (account == null || account.isBlank()) {
      throw DomainException.invalid("account", "is required");
    }
    List<ConductRecord> found = records.of(account.strip());
    if (!found.isEmpty()) {
      // Records of violations are kept and read without consent (CON-4): recorded as a named
      // exception.
      consent.mayUnderException(
          SubjectId.of(account),
          PurposeCode.of(PURPOSE),
          LegalException.OTHER_LEGAL_PROVISION,
          viewer,
          found.size()
              + " conduct record(s) read: serious violations and credit records kept under the privacy policy"
              + " Part 2 §IV(二)3 (RET-3)");
    }
    List<ConductRecordView> views =
        found.stream().map(r -> view(r, fields.open(r.findingSealed(), binding(r.id())))).toList();
    auditTrail.record(
        new AuditEvent(
            viewer,
            "conduct.read",
            "account",
            account.strip(),
            views.size() + " conduct record(s)"));
    return views;
  }

  static ConductRecordView view(ConductRecord r, String finding) {
    return new ConductRecordView(
        r.id(),
        r.accountId(),
        r.kind().name(),
        r.kind().label(),
        r.complaintNumber().orElse(null),
        r.ruleViolated(),
        finding,
        r.recordedBy(),
        r.recordedAt(),
        r.retention(),
        r.retentionReason());
  }

  static SealBinding binding(String id) {
    return SealBinding.of(ConductRecord.TABLE, FINDING_COLUMN, id);
  }
}
