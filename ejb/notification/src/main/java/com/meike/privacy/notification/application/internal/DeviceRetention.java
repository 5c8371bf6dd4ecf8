package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.notification.domain.device.DeviceRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention rule of devices joined with people (DATA-2, RET-1): the catalogue keeps device
 * identifiers "while the app is installed and the account exists"; the app registers its device at
 * every start, so a device not registered again for {@value #DAYS} days (default 365) belongs to an
 * app that is gone, and its row — device id, platform and sealed push token, joined with the person
 * — is deleted. The person's erasure deletes them at once. One call is one batch and one
 * transaction, audited with its count.
 */
@Stateless
public class DeviceRetention {

  public static final String DAYS = "meike.retention.device-days";

  @Inject DeviceRepository devices;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "365")
  int days;

  /** Deletes at most {@code limit} due devices in this transaction; how many. */
  public int deleteDue(int limit) {
    Instant cutoff = clock.instant().minus(Duration.ofDays(days));
    int deleted = devices.deleteNotUpdatedSince(cutoff, limit);
    if (deleted > 0) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "notification.retention.devices-deleted",
              "retention",
              "notification_device",
              deleted
                  + " devices not registered again since "
                  + cutoff
                  + " deleted ("
                  + days
                  + "-day rule, DATA-2)"));
    }
    return deleted;
  }
}
