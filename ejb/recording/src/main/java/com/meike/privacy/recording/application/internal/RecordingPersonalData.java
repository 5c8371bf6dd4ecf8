package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.order.application.OrderDirectory;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recording context's part of access and erasure (DSR-1, DSR-2, REC-5, REC-6): the metadata of
 * the recordings of the person's orders (id, order, status, times, whether held) — never audio.
 *
 * <p>Erasure destroys nothing ahead of time: the 30-day sweep destroys every unheld recording
 * ({@code meike.recording.retention}, REC-5) — a recording is also the other party's (the
 * beautician's) evidence within that window — and a held one is kept until its hold is released
 * (REC-6, the named ground: evidence for a complaint or a legal proceeding). The record says how
 * many of each. Runs before the order context's erasure ({@link #erasureOrder}): it finds the
 * recordings through the person's order numbers, which order erasure unlinks.
 *
 * <p>A service that records shuts down (SHUT-1: visit recording, or visit recording in one city):
 * the people are the customers and beauticians of the sessions in its city (the city is recorded on
 * the session at arrival); their recordings there are destroyed through the retention's own
 * destruction path — claimed, then data key and audio destroyed and recorded exactly as the sweep
 * does ({@link com.meike.privacy.recording.application.RecordingRetention#claimForShutdown}) — and
 * their sessions deleted once nothing of their audio is left in the store. A recording under a
 * legal hold is kept with its session (REC-6).
 */
@Stateless
@Local(PersonalDataHolder.class)
public class RecordingPersonalData implements PersonalDataHolder {

  /** The purpose a recording is collected for (consent's catalogue). */
  static final String PURPOSE = "service.recording";

  /**
   * At most this many sessions' files are checked in one verification (they are few after a
   * disposal).
   */
  static final int FILE_CHECK_LIMIT = 10_000;

  @Inject OrderDirectory orders;
  @Inject RecordingRepository recordings;
  @Inject AuditTrail auditTrail;

  /** The client version each app reported: device data joined with the person (DATA-2). */
  @Inject com.meike.privacy.recording.domain.session.AppVersionReports versions;

  @Inject com.meike.privacy.recording.domain.session.RecordingSessionRepository sessions;
  @Inject com.meike.privacy.recording.application.RecordingRetention retention;
  @Inject com.meike.privacy.recording.infrastructure.storage.RecordingAudio audio;

  @Override
  public String context() {
    return "recording";
  }

  @Override
  public int erasureOrder() {
    return -10;
  }

  @Override
  public Export export(String subject, String actor) {
    List<Map<String, Object>> metadata = new ArrayList<>();
    for (String number : orders.numbersOf(subject)) {
      for (Recording recording : recordings.ofOrder(number)) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("recordingId", recording.id());
        r.put("orderNumber", recording.orderNumber());
        r.put("status", recording.status().name());
        r.put("startedAt", recording.startedAt());
        recording.endedAt().ifPresent(at -> r.put("endedAt", at));
        r.put("held", recording.held());
        recording.destroyedAt().ifPresent(at -> r.put("destroyedAt", at));
        metadata.add(r);
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("recordings", metadata);
    // Device data (the client version, category h) is personal information while it is joined with
    // the person (DATA-2): it is theirs to see, and it goes with their erasure.
    versions
        .find(subject)
        .ifPresent(
            report -> {
              Map<String, Object> app = new LinkedHashMap<>();
              app.put("appVersion", report.appVersion().text());
              app.put("reportedAt", report.reportedAt());
              data.put("appVersion", app);
            });
    auditTrail.record(
        new AuditEvent(
            actor,
            "recording.exported",
            "account",
            subject,
            metadata.size()
                + " recording(s)' metadata, no audio, "
                + (data.containsKey("appVersion") ? 1 : 0)
                + " app version report, for an access package"));
    return new Export(context(), data);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    int held = 0;
    int waiting = 0;
    for (String number : orders.numbersOf(subject)) {
      for (Recording recording : recordings.ofOrder(number)) {
        if (recording.status() == RecordingStatus.DESTROYED) {
          continue;
        }
        if (recording.held()) {
          held++;
        } else {
          waiting++;
        }
      }
    }
    List<String> kept = new ArrayList<>();
    if (waiting > 0) {
      kept.add(
          waiting
              + " recording(s) destroyed by the retention sweep when their period ends (REC-5)");
    }
    if (held > 0) {
      kept.add(
          held
              + " recording(s) under a legal hold kept until it is released: evidence for a complaint or"
              + " proceeding (REC-6)");
    }
    int unlinked = versions.deleteFor(subject);
    auditTrail.record(
        new AuditEvent(
            actor,
            "recording.erasure.checked",
            "account",
            subject,
            waiting
                + " await the sweep, "
                + held
                + " held, "
                + unlinked
                + " app version report deleted (DATA-2)"));
    return new Erasure(context(), unlinked, 0, kept);
  }

  @Override
  public List<String> subjectsFor(
      com.meike.privacy.kernel.rights.ServiceScope service, String after, int limit) {
    return service.collectsFor(PURPOSE)
        ? sessions.subjectsIn(service.city(), after, limit)
        : List.of();
  }

  /** One person of {@link #eraseForAll}. */
  @Override
  public Erasure eraseFor(
      String subject,
      com.meike.privacy.kernel.rights.ServiceScope service,
      String reason,
      String actor) {
    if (!service.collectsFor(PURPOSE)) {
      // the kernel's answer for a service this context holds nothing for (its eraseForAll asks
      // this method per person: never back into eraseForAll)
      return PersonalDataHolder.super.eraseFor(subject, service, reason, actor);
    }
    return eraseForAll(List.of(subject), service, reason, actor).of(subject);
  }

  /**
   * The whole page at once (SHUT-1 at size): the sessions of every one of {@code subjects} in the
   * service's city found with one query per 1,000 people, their recordings claimed and destroyed
   * through the retention's path as one claim (each destruction audited there, as the sweep does),
   * the sessions with nothing left in the store deleted with one statement, and one audit entry for
   * the batch naming the people's range and the digest of the deleted session ids.
   */
  @Override
  public BatchErasure eraseForAll(
      List<String> subjects,
      com.meike.privacy.kernel.rights.ServiceScope service,
      String reason,
      String actor) {
    if (!service.collectsFor(PURPOSE)) {
      return PersonalDataHolder.super.eraseForAll(subjects, service, reason, actor);
    }
    List<String> ids = sessions.idsOfSubjectsIn(subjects, service.city());
    if (ids.isEmpty()) {
      return new BatchErasure(context(), 0, 0, List.of(), Map.of());
    }
    int destroyed =
        retention.destroyClaimed(
            retention.claimForShutdown(ids, "before its retention period ended: " + reason));
    List<String> gone = new ArrayList<>();
    int held = 0;
    int waiting = 0;
    var now = recordings.statusOf(ids);
    for (String id : ids) {
      var recording = now.get(id);
      if (recording != null
          && recording.getValue()
          && recording.getKey() != RecordingStatus.DESTROYED) {
        held++;
      } else if (recording == null
          || (recording.getKey() == RecordingStatus.DESTROYED
              && !audio.vault().holdsAnything(id))) {
        gone.add(id);
      } else {
        waiting++;
      }
    }
    int deleted = sessions.delete(gone);
    List<String> kept = new ArrayList<>();
    if (held > 0) {
      kept.add(
          held
              + " recording(s) under a legal hold kept with their session(s) until released: evidence (REC-6)");
    }
    if (waiting > 0) {
      kept.add(
          waiting
              + " session(s) still recording or being destroyed by the sweep: the next disposal pass takes them");
    }
    kept.add(
        "destruction records kept: recording id, order number, times, no audio, no key (REC-5)");
    DisposalDigest people = DisposalDigest.of(subjects);
    auditTrail.record(
        new AuditEvent(
            actor,
            "recording.disposed-for-shutdown",
            "service",
            service.code(),
            destroyed
                + " recording(s) destroyed, "
                + deleted
                + " session(s) deleted "
                + DisposalDigest.of(gone)
                + " (sorted session ids), "
                + held
                + " held, "
                + waiting
                + " waiting, of the "
                + people.people()
                + " of the batch: "
                + reason));
    return new BatchErasure(context(), destroyed + deleted, 0, kept, Map.of());
  }

  /**
   * What is left of the service's recording in every store: session rows, recordings not destroyed,
   * and, for the sessions left, any data key or sealed audio in the file store; recordings under a
   * legal hold are counted as kept.
   */
  @Override
  public Remaining remainingFor(com.meike.privacy.kernel.rights.ServiceScope service) {
    if (!service.collectsFor(PURPOSE)) {
      return new Remaining(context(), Map.of(), Map.of());
    }
    long[] counts = sessions.countIn(service.city());
    long files = 0;
    for (String id : sessions.unheldIn(service.city(), FILE_CHECK_LIMIT)) {
      if (audio.vault().holdsAnything(id)) {
        files++;
      }
    }
    String where = service.inCity().map(c -> " in " + c).orElse("");
    Map<String, Long> left = new LinkedHashMap<>();
    left.put(
        "recording sessions" + where + " (customer and beautician ids, app versions)", counts[0]);
    left.put("recordings" + where + " not destroyed", counts[2]);
    left.put("sealed file store: data keys or audio of those sessions", files);
    Map<String, Long> kept = new LinkedHashMap<>();
    kept.put("recordings under a legal hold" + where + " (REC-6)", counts[3]);
    kept.put("sessions of held recordings" + where, counts[1]);
    return new Remaining(context(), left, kept);
  }
}
