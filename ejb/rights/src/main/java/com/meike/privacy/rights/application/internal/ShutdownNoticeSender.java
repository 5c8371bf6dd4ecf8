package com.meike.privacy.rights.application.internal;

import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaigns;
import com.meike.privacy.rights.domain.shutdown.CollectingService;
import com.meike.privacy.rights.domain.shutdown.Shutdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place a shutdown's notices leave (SHUT-1): the notification context's notice campaign
 * (INC-2), the one way to send mass notices. Who is told is who the disposal will concern: the same
 * pages of account ids every context names for the service's {@link
 * com.meike.privacy.kernel.rights.ServiceScope} ({@code PersonalDataHolder.subjectsFor}) — consent
 * for a product's or feature's purposes, recording for a city's sessions, partner for what went to
 * its partners — so a city's service is told one by one too. The campaigns are prepared, filled a
 * page at a time (the cursor in the shutdown's row, so a crash or a wait carries on where it
 * stopped, and a person already added is never added twice), and opened for sending when the pages
 * run out; a child's notice goes to the guardian, batches of one transaction each, name-based
 * message ids per campaign and person, so a crash never sends twice. Template {@code
 * service-shutdown} (push, or SMS without a device) as campaign {@value #PURPOSE}, and where
 * payment or financial data is involved also {@code service-shutdown-sms} by SMS as campaign
 * {@value #PURPOSE_SMS}; both with the shutdown's id as reference, so a repeated call finds the
 * campaigns it prepared.
 */
@ApplicationScoped
public class ShutdownNoticeSender {

  static final String PURPOSE = "SHUTDOWN";
  static final String PURPOSE_SMS = "SHUTDOWN_SMS";

  /** Pages of people added per call (one transaction); the process calls again after its wait. */
  static final int PAGES_PER_CALL = 20;

  @Inject NoticeCampaigns campaigns;

  /** The notices of one shutdown so far, over its campaigns. */
  public record Progress(
      long selected, long sent, long unreached, long pending, boolean finished) {}

  /**
   * The next page of people the service concerns, after an account id (null: from the start); empty
   * at the end.
   */
  @FunctionalInterface
  public interface People {
    List<String> after(String cursor);
  }

  /**
   * Prepares the shutdown's campaigns unless they exist, adds the next pages of people while they
   * are being prepared, opens them when the pages run out, and answers their progress.
   */
  public Progress campaign(Shutdown shutdown, CollectingService service, People people) {
    List<CampaignView> views = new ArrayList<>();
    views.add(
        campaigns.prepare(
            new CampaignStart(
                PURPOSE,
                shutdown.id(),
                "service-shutdown",
                Map.of(
                    "service",
                    service.nameZh(),
                    "shutdownDate",
                    shutdown.shutdownDate().toString(),
                    "categories",
                    String.join("、", service.purposes())),
                Set.of(),
                shutdown.collectionStoppedAt().orElseThrow(),
                List.of()),
            DefaultShutdowns.SYSTEM));
    if (service.financial()) {
      views.add(
          campaigns.prepare(
              new CampaignStart(
                  PURPOSE_SMS,
                  shutdown.id(),
                  "service-shutdown-sms",
                  Map.of(
                      "service",
                      service.nameZh(),
                      "shutdownDate",
                      shutdown.shutdownDate().toString()),
                  Set.of(),
                  shutdown.collectionStoppedAt().orElseThrow(),
                  List.of()),
              DefaultShutdowns.SYSTEM));
    }
    boolean selecting = views.stream().anyMatch(v -> "SELECTING".equals(v.state()));
    if (selecting) {
      String cursor = shutdown.noticeCursor().orElse(null);
      boolean done = false;
      for (int page = 0; page < PAGES_PER_CALL && !done; page++) {
        List<String> next = people.after(cursor);
        if (next.isEmpty()) {
          done = true;
        } else {
          List<SubjectId> named = next.stream().map(SubjectId::new).toList();
          for (CampaignView v : views) {
            campaigns.addRecipients(v.id(), named);
          }
          cursor = next.get(next.size() - 1);
          shutdown.noticesSelectedUpTo(cursor);
        }
      }
      if (done) {
        views.replaceAll(v -> campaigns.open(v.id(), DefaultShutdowns.SYSTEM));
      } else {
        views.replaceAll(v -> campaigns.progress(v.id()));
      }
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
