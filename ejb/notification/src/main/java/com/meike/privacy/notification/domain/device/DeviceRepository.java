package com.meike.privacy.notification.domain.device;

import java.util.List;
import java.util.Optional;

/** Registered devices; joins the caller's transaction. */
public interface DeviceRepository {

  void store(Device device);

  Optional<Device> find(String subjectId, String deviceId);

  /** The person's devices, the most recently registered first. */
  List<Device> forSubject(String subjectId);

  /** Deletes the person's devices (their erasure); how many. */
  int deleteForSubject(String subjectId);
}
