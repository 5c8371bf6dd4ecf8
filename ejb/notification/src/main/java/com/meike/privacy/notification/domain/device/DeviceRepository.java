package com.meike.privacy.notification.domain.device;

import java.util.List;
import java.util.Optional;

/** Registered devices; joins the caller's transaction. */
public interface DeviceRepository {

  void store(Device device);

  Optional<Device> find(String subjectId, String deviceId);

  /** The person's devices, the most recently registered first. */
  List<Device> forSubject(String subjectId);

  /**
   * Each person's most recently registered device, for a batch of people (one query in the
   * container).
   */
  default java.util.Map<String, Device> newestFor(java.util.Collection<String> subjectIds) {
    java.util.Map<String, Device> newest = new java.util.HashMap<>();
    for (String subject : subjectIds) {
      forSubject(subject).stream().findFirst().ifPresent(d -> newest.put(subject, d));
    }
    return newest;
  }

  /**
   * The retention rule of devices joined with people (DATA-2, RET-1): deletes at most {@code limit}
   * devices not registered again since {@code cutoff} (the app that registered them is gone); how
   * many.
   */
  int deleteNotUpdatedSince(java.time.Instant cutoff, int limit);

  /**
   * Deletes the devices of {@code subjectIds} (an erasure; a shutdown's page of people at once);
   * how many.
   */
  int deleteForSubjects(java.util.Collection<String> subjectIds);
}
