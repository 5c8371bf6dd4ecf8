package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
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
 */
@Stateless
@Local(PersonalDataHolder.class)
public class RecordingPersonalData implements PersonalDataHolder {

  @Inject OrderDirectory orders;
  @Inject RecordingRepository recordings;
  @Inject AuditTrail auditTrail;

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
    auditTrail.record(new AuditEvent(actor, "recording.exported", "account", subject,
        metadata.size() + " recording(s)' metadata, no audio, for an access package"));
    return new Export(context(), Map.of("recordings", metadata));
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
      kept.add(waiting + " recording(s) destroyed by the retention sweep when their period ends (REC-5)");
    }
    if (held > 0) {
      kept.add(held + " recording(s) under a legal hold kept until it is released: evidence for a complaint or"
          + " proceeding (REC-6)");
    }
    auditTrail.record(new AuditEvent(actor, "recording.erasure.checked", "account", subject,
        waiting + " await the sweep, " + held + " held"));
    return new Erasure(context(), 0, 0, kept);
  }
}
