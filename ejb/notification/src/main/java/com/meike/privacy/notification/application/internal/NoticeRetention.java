package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.rights.RetentionJob;
import com.meike.privacy.notification.domain.notice.NotificationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notices category's retention rule (RET-1): a record of a notice sent (who, which template,
 * which partner, delivery status) is deleted {@value #DAYS} days (default 180) after it was sent —
 * long enough to answer "did you tell me?" and a delivery dispute. One call is one batch and one
 * transaction, audited with its count.
 */
@Stateless
public class NoticeRetention {

  private static final RetentionJob.Rule RULE =
      new RetentionJob.Rule(
          "notification.retention.deleted",
          "notification_notice",
          "%1$d notice record(s) sent before %2$s deleted (%3$d-day rule, RET-1)");

  public static final String DAYS = "meike.retention.notice-days";

  @Inject NotificationRepository notices;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "180")
  int days;

  /** Deletes at most {@code limit} due notices in this transaction; how many. */
  public int deleteDue(int limit) {
    return RULE.apply(clock, days, limit, notices::deleteCreatedBefore, auditTrail::record);
  }
}
