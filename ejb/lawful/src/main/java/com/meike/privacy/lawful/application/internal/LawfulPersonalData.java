package com.meike.privacy.lawful.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.lawful.domain.request.DisclosureRequestRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lawful-disclosure context's part of access and erasure (DISC-1, RET-2) — decided here:
 * requests of authorities about a person are <b>not listed</b> in the person's access package and
 * <b>kept</b> on erasure. Telling the person could defeat an investigation, which the PIPL allows
 * to withhold (art. 18, art. 35: where laws or administrative regulations require confidentiality);
 * and the register of what was handed to which authority on which document is the company's legal
 * record. The package says so in words, without a count (a count would tell as much); the erasure
 * record says the same words whether or not there is any; the audit trail gives the count to the
 * privacy office, who reviews it.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class LawfulPersonalData implements PersonalDataHolder {

  static final String WITHHELD =
      "依法需要保密的司法、执法机关调取记录不在此列出 Requests of courts and authorities are not listed where the law"
          + " requires confidentiality (PIPL art. 18, 35); ask the privacy office about them.";

  static final String KEPT =
      "Requests of courts and authorities, where any exist, are kept: the register of what was handed to which"
          + " authority is a legal record (DISC-1, RET-2)";

  @Inject DisclosureRequestRepository requests;
  @Inject AuditTrail auditTrail;

  @Override
  public String context() {
    return "lawful";
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("note", WITHHELD);
    return new Export(context(), data);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    long held = requests.countConcerning(subject);
    if (held > 0) {
      auditTrail.record(
          new AuditEvent(
              actor,
              "lawful.erasure.kept",
              "account",
              subject,
              held
                  + " lawful disclosure request(s) kept: legal record (DISC-1, RET-2), for the privacy office's review"));
    }
    // The same words whether or not there is any: the person reads this record.
    return new Erasure(context(), 0, 0, List.of(KEPT));
  }
}
