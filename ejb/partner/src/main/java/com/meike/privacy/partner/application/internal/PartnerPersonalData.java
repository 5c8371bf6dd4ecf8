package com.meike.privacy.partner.application.internal;

import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.Disclosures;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The partner context's part of access (DSR-1, PTN-5): which partners received what and when (the
 * disclosure log). On erasure the log is kept: it is what the deletion orders (DSR-7) are sent from
 * and the proof that they were; the rights context orders the partners to delete.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class PartnerPersonalData implements PersonalDataHolder {

  @Inject Disclosures disclosures;
  @Inject com.meike.privacy.partner.domain.disclosure.DisclosureRepository log;
  @Inject com.meike.privacy.audit.application.AuditTrail auditTrail;
  @Inject java.time.Clock clock;

  @Override
  public String context() {
    return "partner";
  }

  @Override
  public Export export(String subject, String actor) {
    return new Export(
        context(), Map.of("disclosures", disclosures.forSubject(SubjectId.of(subject), actor)));
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    return new Erasure(
        context(),
        0,
        0,
        List.of(
            "disclosure log kept: the record of who received what, from which the partner deletion order was sent (PTN-5, DSR-7)"));
  }

  /** People whose data went to one of the service's partners for one of its purposes (SHUT-1). */
  @Override
  public List<String> subjectsFor(
      com.meike.privacy.kernel.rights.ServiceScope service, String after, int limit) {
    return log.subjectsFor(service.partners(), service.purposes(), after, limit);
  }

  /**
   * A service shuts down (SHUT-1): messages about the person for the service's partners and
   * purposes that were never handed to the broker are withdrawn (body deleted, never sent); the
   * disclosure log is kept — it is what the service-scoped deletion order is sent from (the rights
   * context orders it) and the proof that it was (PTN-5, DSR-7).
   */
  @Override
  public Erasure eraseFor(
      String subject,
      com.meike.privacy.kernel.rights.ServiceScope service,
      String reason,
      String actor) {
    return eraseForAll(List.of(subject), service, reason, actor).of(subject);
  }

  /**
   * The whole page at once (SHUT-1 at size): one statement per 1,000 people withdraws their
   * undelivered messages for the service's partners and purposes, and one audit entry for the batch
   * names the count, the people's range and their digest.
   */
  @Override
  public BatchErasure eraseForAll(
      List<String> subjects,
      com.meike.privacy.kernel.rights.ServiceScope service,
      String reason,
      String actor) {
    int withdrawn =
        log.withdrawUndelivered(
            subjects,
            service.partners(),
            service.purposes(),
            "withdrawn: service " + service.code() + " shut down (SHUT-1)",
            clock.instant());
    if (withdrawn > 0) {
      auditTrail.record(
          new com.meike.privacy.kernel.audit.AuditEvent(
              actor,
              "partner.outbox.withdrawn",
              "service",
              service.code(),
              withdrawn
                  + " undelivered message(s) withdrawn about the batch's people "
                  + DisposalDigest.of(subjects)
                  + " (sorted account ids): "
                  + reason));
    }
    return new BatchErasure(
        context(),
        withdrawn,
        0,
        service.partners().isEmpty()
            ? List.of()
            : List.of(
                "disclosure log kept: the record of who received what, from which the deletion order to "
                    + String.join(", ", new java.util.TreeSet<>(service.partners()))
                    + " was sent (PTN-5, DSR-7)"),
        Map.of());
  }

  /** Undelivered messages still holding data for the service (left); the disclosure log (kept). */
  @Override
  public Remaining remainingFor(com.meike.privacy.kernel.rights.ServiceScope service) {
    if (service.partners().isEmpty()) {
      return new Remaining(context(), Map.of(), Map.of());
    }
    return new Remaining(
        context(),
        Map.of(
            "partner outbox: messages for the service not handed over",
            log.undeliveredFor(null, service.partners(), service.purposes())),
        Map.of(
            "disclosure log entries (who received what, PTN-5)",
            log.countFor(service.partners(), service.purposes())));
  }
}
