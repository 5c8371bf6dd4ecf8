package com.meike.privacy.rights.application.internal;

import com.meike.privacy.notification.application.Notice;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.Notifications;
import com.meike.privacy.rights.domain.shutdown.CollectingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place a shutdown's notices leave (SHUT-1). Today: the notification context's
 * {@link Notifications#tellAll} per batch — push (or SMS without a device) with template {@code
 * service-shutdown}, and the SMS copy {@code service-shutdown-sms} where payment or financial data
 * is involved. When the notice campaign of the breach-notification issue exists, this class hands
 * the batch to it instead; nothing else changes (docs/known-limits.md).
 */
@ApplicationScoped
public class ShutdownNoticeSender {

  @Inject Notifications notifications;

  /** Tells each of {@code subjects}; returns how many notices were sent. */
  public int tell(List<String> subjects, CollectingService service, LocalDate shutdownDate) {
    List<Notice> batch = new ArrayList<>();
    for (String subject : subjects) {
      batch.add(new Notice(subject, "service-shutdown", Map.of("service", service.nameZh(),
          "shutdownDate", shutdownDate.toString(), "categories", String.join("、", service.purposes())),
          NoticeCategory.SERVICE));
      if (service.financial()) {
        batch.add(new Notice(subject, "service-shutdown-sms", Map.of("service", service.nameZh(),
            "shutdownDate", shutdownDate.toString()), NoticeCategory.SERVICE));
      }
    }
    return batch.isEmpty() ? 0 : notifications.tellAll(batch).size();
  }
}
