package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.notification.application.Devices;
import com.meike.privacy.notification.application.Notifications;
import com.meike.privacy.notification.domain.device.DeviceRepository;
import com.meike.privacy.notification.domain.notice.NotificationRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notification context's part of access and erasure (DSR-1, DSR-2, ID-7, RET-4): the person's
 * registered devices (platform and dates, never the push token) and the notices sent to them
 * (template, channel, partner, delivery status). Erasure deletes the devices with their sealed push
 * tokens and detaches every notice from the person (its subject becomes empty); what was sent
 * through which partner stays as the record, with no link back.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class NotificationPersonalData implements PersonalDataHolder {

  @Inject Devices devices;
  @Inject Notifications notifications;
  @Inject DeviceRepository deviceRepository;
  @Inject NotificationRepository notices;
  @Inject AuditTrail auditTrail;

  @Override
  public String context() {
    return "notification";
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    var mine = devices.devices(com.meike.privacy.kernel.subject.SubjectId.of(subject));
    var sent = notifications.sentTo(com.meike.privacy.kernel.subject.SubjectId.of(subject));
    data.put("devices", mine);
    data.put("notices", sent);
    auditTrail.record(
        new AuditEvent(
            actor,
            "notification.exported",
            "account",
            subject,
            mine.size() + " device(s), " + sent.size() + " notice(s), for an access package"));
    return new Export(context(), data);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    int deleted = deviceRepository.deleteForSubjects(List.of(subject));
    int detached = notices.forgetSubject(subject);
    List<String> kept = new ArrayList<>();
    if (detached > 0) {
      kept.add(
          detached
              + " notice record(s) kept without the person: template, channel, partner and delivery status"
              + " (what was sent, RET-4: no link back)");
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "notification.erased",
            "account",
            subject,
            deleted + " device(s) deleted, " + detached + " notice(s) detached"));
    return new Erasure(context(), deleted, detached, kept);
  }

  /** The purpose every push serves: a service with it shuts down with its devices (push tokens). */
  static final String PUSH_PURPOSE = "device.identifiers";

  /**
   * People named by notices sent for the service's purposes (notices know no city: nobody for a
   * city's service).
   */
  @Override
  public List<String> subjectsFor(
      com.meike.privacy.kernel.rights.ServiceScope service, String after, int limit) {
    return service.inCity().isPresent()
        ? List.of()
        : notices.subjectsFor(service.purposes(), after, limit);
  }

  /** One person of {@link #eraseForAll}. */
  @Override
  public Erasure eraseFor(
      String subject,
      com.meike.privacy.kernel.rights.ServiceScope service,
      String reason,
      String actor) {
    return eraseForAll(List.of(subject), service, reason, actor).of(subject);
  }

  /**
   * A service shuts down (SHUT-1), a page of people at once: their notices sent for its purposes
   * are detached from them (the record of what was sent stays, RET-4); a service that pushes
   * ({@value #PUSH_PURPOSE}) takes their devices and sealed push tokens with it — one statement
   * each per 1,000 people and one audit entry for the batch. Nothing for a city's service (notices
   * and devices know no city).
   */
  @Override
  public BatchErasure eraseForAll(
      List<String> subjects,
      com.meike.privacy.kernel.rights.ServiceScope service,
      String reason,
      String actor) {
    if (service.inCity().isPresent()) {
      return new BatchErasure(
          context(),
          0,
          0,
          List.of("notices and devices know no city: nothing held only for " + service.code()),
          Map.of());
    }
    int deleted =
        service.collectsFor(PUSH_PURPOSE) ? deviceRepository.deleteForSubjects(subjects) : 0;
    int detached = notices.forgetSubjectsFor(subjects, service.purposes());
    if (deleted + detached > 0) {
      auditTrail.record(
          new AuditEvent(
              actor,
              "notification.erased-for-service",
              "service",
              service.code(),
              deleted
                  + " device(s) deleted, "
                  + detached
                  + " notice(s) for "
                  + service.purposesText()
                  + " detached, of the batch's people "
                  + DisposalDigest.of(subjects)
                  + " (sorted account ids): "
                  + reason));
    }
    return new BatchErasure(
        context(),
        deleted,
        detached,
        detached == 0
            ? List.of()
            : List.of(
                detached + " notice record(s) kept without the person (what was sent, RET-4)"),
        Map.of());
  }

  /** Notices for the service's purposes still naming a person. */
  @Override
  public Remaining remainingFor(com.meike.privacy.kernel.rights.ServiceScope service) {
    if (service.inCity().isPresent()) {
      return new Remaining(context(), Map.of(), Map.of());
    }
    return new Remaining(
        context(),
        Map.of(
            "notices for " + service.purposesText() + " naming a person",
            notices.countNamedFor(service.purposes())),
        Map.of());
  }
}
