package com.meike.privacy.kernel.rights;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Where a service has been shut down (SHUT-1): from the moment its shutdown is approved nothing is
 * collected for its purposes any more. Every context that collects asks here before it collects
 * (the consent ledger before it records a new consent, recording before a session starts); the
 * rights context, which keeps the service registry and the shutdowns, implements it. A port in the
 * kernel so that the collecting contexts need no dependency on rights.
 */
public interface CollectionStops {

  /**
   * The stop that covers collecting for any of {@code purposes} in {@code city} ({@code null}: any
   * city), if a shutdown of a service with one of those purposes is approved.
   */
  Optional<Stop> stopFor(Collection<String> purposes, String city);

  /**
   * Refuses when {@link #stopFor} finds a stop: a CONFLICT {@link
   * com.meike.privacy.kernel.problem.DomainException} naming the service and its date.
   */
  default void refuseIfStopped(Collection<String> purposes, String city) {
    stopFor(purposes, city)
        .ifPresent(
            stop -> {
              throw new com.meike.privacy.kernel.problem.DomainException(
                  com.meike.privacy.kernel.problem.DomainException.Kind.CONFLICT,
                  stop.purpose(),
                  stop.describe());
            });
  }

  /**
   * A service whose collection stopped: its code and name, the purpose that matched, when it
   * stopped and the shutdown date.
   */
  record Stop(
      String serviceCode,
      String serviceName,
      String purpose,
      java.time.Instant stoppedAt,
      LocalDate shutdownDate) {
    /** The refusal the caller reads (中文 English). */
    public String describe() {
      return "服务「"
          + serviceName
          + "」已停止收集个人信息，将于 "
          + shutdownDate
          + " 停运 — the service '"
          + serviceCode
          + "' stopped collecting personal information (for "
          + purpose
          + ") on approval of its shutdown; it shuts down on "
          + shutdownDate
          + " (SHUT-1)";
    }
  }
}
