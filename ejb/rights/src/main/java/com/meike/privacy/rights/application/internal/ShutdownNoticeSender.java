package com.meike.privacy.rights.application.internal;

import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaigns;
import com.meike.privacy.rights.domain.shutdown.CollectingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place a shutdown's notices leave (SHUT-1): the notification context's notice campaign
 * (INC-2), the one way to send mass notices — the people are selected by the campaign (everyone with
 * consent in force to a purpose of the service when collection stopped), a child's notice goes to
 * the guardian, batches of one transaction each, name-based message ids per campaign and person, so
 * a crash never sends twice. Template {@code service-shutdown} (push, or SMS without a device) as
 * campaign {@value #PURPOSE}, and where payment or financial data is involved also {@code
 * service-shutdown-sms} by SMS as campaign {@value #PURPOSE_SMS}; both with the shutdown's id as
 * reference, so starting again returns the running campaigns.
 */
@ApplicationScoped
public class ShutdownNoticeSender {

  static final String PURPOSE = "SHUTDOWN";
  static final String PURPOSE_SMS = "SHUTDOWN_SMS";

  @Inject NoticeCampaigns campaigns;

  /** The notices of one shutdown so far, over its campaigns. */
  public record Progress(long selected, long sent, long unreached, long pending, boolean finished) {}

  /**
   * Starts the shutdown's campaigns unless they exist, and answers their progress.
   *
   * @param stoppedAt when collection stopped: whose data was held then is told
   */
  public Progress campaign(String shutdownId, CollectingService service, LocalDate shutdownDate, Instant stoppedAt) {
    // a product or feature: people with consent to its purposes; a city's service shares its purposes
    // with the other cities and consent knows no city, so the campaign selects nobody by consent
    Set<String> categories = service.city().isEmpty() ? Set.copyOf(service.purposes()) : Set.of();
    List<CampaignView> views = new ArrayList<>();
    views.add(campaigns.start(new CampaignStart(PURPOSE, shutdownId, "service-shutdown", Map.of(
        "service", service.nameZh(), "shutdownDate", shutdownDate.toString(),
        "categories", String.join("、", service.purposes())), categories, stoppedAt, List.of()), DefaultShutdowns.SYSTEM));
    if (service.financial()) {
      views.add(campaigns.start(new CampaignStart(PURPOSE_SMS, shutdownId, "service-shutdown-sms", Map.of(
          "service", service.nameZh(), "shutdownDate", shutdownDate.toString()), categories, stoppedAt, List.of()),
          DefaultShutdowns.SYSTEM));
    }
    long selected = 0;
    long sent = 0;
    long unreached = 0;
    long pending = 0;
    boolean finished = true;
    for (CampaignView v : views) {
      selected += v.selected();
      sent += v.sent();
      unreached += v.unreached();
      pending += v.pending();
      finished &= "FINISHED".equals(v.state());
    }
    return new Progress(selected, sent, unreached, pending, finished);
  }
}
