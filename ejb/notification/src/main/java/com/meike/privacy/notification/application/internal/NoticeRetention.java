package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.notification.domain.notice.NotificationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notices category's retention rule (RET-1): a record of a notice sent (who, which template,
 * which partner, delivery status) is deleted {@value #DAYS} days (default 180) after it was sent —
 * long enough to answer "did you tell me?" and a delivery dispute. One call is one batch and one
 * transaction, audited with its count.
 */
@Stateless
public class NoticeRetention {

  public static final String DAYS = "meike.retention.notice-days";

  @Inject NotificationRepository notices;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "180")
  int days;

  /** Deletes at most {@code limit} due notices in this transaction; how many. */
  public int deleteDue(int limit) {
    Instant cutoff = clock.instant().minus(Duration.ofDays(days));
    int deleted = notices.deleteCreatedBefore(cutoff, limit);
    if (deleted > 0) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "notification.retention.deleted",
              "retention",
              "notification_notice",
              deleted
                  + " notice record(s) sent before "
                  + cutoff
                  + " deleted ("
                  + days
                  + "-day rule, RET-1)"));
    }
    return deleted;
  }
}
