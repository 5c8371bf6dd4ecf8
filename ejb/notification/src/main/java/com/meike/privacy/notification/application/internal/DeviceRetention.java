package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.rights.RetentionJob;
import com.meike.privacy.notification.domain.device.DeviceRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
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

  private static final RetentionJob.Rule RULE =
      new RetentionJob.Rule(
          "notification.retention.devices-deleted",
          "notification_device",
          "%1$d devices not registered again since %2$s deleted (%3$d-day rule, DATA-2)");

  public static final String DAYS = "meike.retention.device-days";

  @Inject DeviceRepository devices;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "365")
  int days;

  /** Deletes at most {@code limit} due devices in this transaction; how many. */
  public int deleteDue(int limit) {
    return RULE.apply(clock, days, limit, devices::deleteNotUpdatedSince, auditTrail::record);
  }
}
