package com.meike.privacy.notification.infrastructure.ports;

import com.meike.privacy.consent.domain.policy.ReconsentNotices;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Consent's re-consent notices (CON-5): template {@code policy-major-change}, a service notice, to
 * the recipient (the person, or a child's guardian), in the claiming transaction of the consent
 * context's relay, which already sends them in batches.
 */
@ApplicationScoped
public class NotifiedReconsentNotices implements ReconsentNotices {

  static final String TEMPLATE = "policy-major-change";

  @Inject Notifications notifications;

  @Override
  public void send(ReconsentNotices.Notice notice) {
    notifications.tell(
        new com.meike.privacy.notification.application.Notice(
            SubjectId.of(notice.recipient()),
            TEMPLATE,
            Map.of(
                "policyVersion",
                notice.policyVersion(),
                "summary",
                notice.summary(),
                "forChild",
                !notice.recipient().equals(notice.subject())),
            NoticeCategory.SERVICE));
  }
}
