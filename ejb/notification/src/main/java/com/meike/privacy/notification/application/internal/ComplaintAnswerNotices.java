package com.meike.privacy.notification.application.internal;

import com.meike.privacy.incidents.application.ComplaintAnswered;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.Notice;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Tells the complainant that their complaint was answered (template {@code complaint-answered},
 * which names the right to go to court, Part 2 §IX) in the answer's transaction: no answer without
 * its notice.
 */
@ApplicationScoped
public class ComplaintAnswerNotices {

  static final String TEMPLATE = "complaint-answered";

  @Inject Notifications notifications;

  void onAnswered(@Observes ComplaintAnswered answered) {
    notifications.tell(
        new Notice(
            SubjectId.of(answered.complainant()),
            TEMPLATE,
            Map.of(
                "complaintNumber", answered.complaintNumber(), "resolution", answered.resolution()),
            NoticeCategory.SERVICE));
  }
}
