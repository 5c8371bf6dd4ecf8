package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintAttachment;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incidents context's part of access and erasure (DSR-1, DSR-2, ID-7, RET-4): the person's
 * complaints with text, answer and history, and their attachments' names and sizes (the content
 * stays with the complaint, sealed).
 *
 * <p>Erasure: an answered or closed complaint is anonymised ({@link Complaint#anonymise}) —
 * complainant, text, answer, notes, attachments and the complainant's name in the history go;
 * subject, tiers, dates and resolution stay for the complaint statistics (CMP-1). An open complaint
 * is kept until it is answered: handling it is what the person asked for (§I 3); the record says
 * so, and a later request (or the retention job) anonymises it. Security incidents are not personal
 * data of an app user (they name categories and counts) and are not touched.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class ComplaintPersonalData implements PersonalDataHolder {

  @Inject ComplaintService service;
  @Inject ComplaintRepository complaints;

  @Inject
  @Key(DefaultComplaintService.FIELD_KEY)
  FieldCipher fields;

  @Inject AuditTrail auditTrail;
  @Inject com.meike.privacy.incidents.domain.conduct.ConductRecordRepository conductRecords;

  @Override
  public String context() {
    return "incidents";
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    var mine = service.complaintsOf(subject);
    data.put("complaints", mine);
    List<Map<String, Object>> attachments = new ArrayList<>();
    for (var complaint : mine) {
      for (var attachment : service.attachmentsOf(complaint.number(), subject)) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("complaintNumber", complaint.number());
        a.put("attachment", attachment);
        attachments.add(a);
      }
    }
    data.put("attachments", attachments);
    // RET-3: the person's own conduct records, with their permanence and its reason
    data.put(
        "conductRecords",
        conductRecords.of(subject).stream()
            .map(
                r ->
                    DefaultConductRecords.view(
                        r, fields.open(r.findingSealed(), DefaultConductRecords.binding(r.id()))))
            .toList());
    auditTrail.record(
        new AuditEvent(
            actor,
            "complaint.exported",
            "account",
            subject,
            mine.size()
                + " complaint(s), "
                + attachments.size()
                + " attachment(s) named, for an access package"));
    return new Export(context(), data);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    int anonymised = 0;
    int open = 0;
    int attachments = 0;
    for (Complaint complaint : complaints.findByComplainant(subject)) {
      if (complaint.state().isOpen()) {
        open++;
        continue;
      }
      attachments += anonymise(complaint, complaints, fields);
      anonymised++;
    }
    List<String> kept = new ArrayList<>();
    if (anonymised > 0) {
      kept.add(
          anonymised
              + " complaint(s) anonymised: subject, tiers, dates and resolution kept for the complaint"
              + " statistics (CMP-1); complainant, text, answer, notes and "
              + attachments
              + " attachment(s) removed");
    }
    if (open > 0) {
      kept.add(
          open
              + " open complaint(s) kept until answered: handling them is what the person asked for (§I 3)");
    }
    int permanent = conductRecords.of(subject).size();
    if (permanent > 0) {
      kept.add(
          permanent
              + " conduct record(s) neither deleted nor anonymised: "
              + com.meike.privacy.incidents.domain.conduct.ConductRecord.PERMANENCE_REASON);
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "complaint.erased",
            "account",
            subject,
            anonymised
                + " anonymised, "
                + attachments
                + " attachment(s) deleted, "
                + open
                + " open kept, "
                + permanent
                + " conduct record(s) kept permanently (RET-3)"));
    return new Erasure(context(), attachments, anonymised, kept);
  }

  /**
   * The one way a complaint is anonymised (RET-4), for an erasure and for the retention job: its
   * history notes and attachments go in the repository, then the complaint itself. Returns how many
   * attachments were deleted. The complaint must be answered or closed.
   */
  static int anonymise(Complaint complaint, ComplaintRepository complaints, FieldCipher fields) {
    List<String> ids = complaint.attachments().stream().map(ComplaintAttachment::id).toList();
    complaints.forget(complaint.number(), ids, complaint.complainant(), Complaint.ANONYMISED);
    return complaint.anonymise(DefaultComplaintService.sealing(fields, complaint.number())).size();
  }
}
