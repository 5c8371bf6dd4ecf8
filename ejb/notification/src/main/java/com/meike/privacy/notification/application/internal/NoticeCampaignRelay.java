package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.Notice;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.NoticeReceipt;
import com.meike.privacy.notification.application.Notifications;
import com.meike.privacy.notification.domain.campaign.Campaign;
import com.meike.privacy.notification.domain.campaign.CampaignRecipient;
import com.meike.privacy.notification.domain.campaign.CampaignRepository;
import com.meike.privacy.notification.domain.campaign.RecipientOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends notice campaigns one batch per transaction (INC-2): claims pending recipients of a running
 * campaign ({@code FOR UPDATE SKIP LOCKED}, so several nodes or runs never take the same person),
 * tells each through {@link Notifications} under the name-based message id of campaign and person,
 * and marks them sent or unreached — the notices (outbox rows) and the marks commit together or not
 * at all. A crash before the commit leaves the batch pending; the next run tells the same people
 * under the same message ids, so nobody is told twice and nobody is lost. One audit entry per batch
 * names the campaign and the count. A campaign with nothing pending left finishes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NoticeCampaignRelay {

  static final String FOR_CHILD_TEXT = "（涉及您监护的未成年人）";

  @Inject CampaignRepository campaigns;
  @Inject Notifications notifications;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;
  @Inject CampaignFinisher finisher;

  /**
   * Sends the next batch of at most {@code batchSize} notices of the oldest running campaign that
   * has people pending; finishes running campaigns with nobody pending. {@code handOverNow}: the
   * notices go to the partners' queues in this transaction (XA with the rows; the body is stored
   * once, on the queue, and no relay pass follows — issue 14's throughput); a batch that fails so
   * (the broker refuses a second copy, or is down) is repeated with {@code false}, through the
   * outbox, whose relay handles both.
   *
   * @return how many people this call claimed (0 when no running campaign has anyone pending)
   */
  public int sendNextBatch(int batchSize, boolean handOverNow) {
    Instant now = clock.instant();
    for (String campaignId : campaigns.running()) {
      List<CampaignRecipient> batch = campaigns.claim(campaignId, batchSize);
      if (batch.isEmpty()) {
        if (!campaigns.anyPending(campaignId)) {
          finisher.finish(campaignId, now);
        }
        continue;
      }
      Campaign campaign = campaigns.find(campaignId).orElseThrow();
      List<Notice> notices = new ArrayList<>(batch.size());
      for (CampaignRecipient r : batch) {
        Map<String, Object> params = new HashMap<>(campaign.params());
        params.put(DefaultNoticeCampaigns.FOR_CHILD, r.forChild() ? FOR_CHILD_TEXT : "");
        notices.add(
            new Notice(
                SubjectId.of(r.recipientId()),
                campaign.templateId(),
                params,
                NoticeCategory.SERVICE,
                r.messageId()));
      }
      List<NoticeReceipt> receipts = notifications.tellCampaignBatch(notices, handOverNow);
      List<RecipientOutcome> outcomes = new ArrayList<>(batch.size());
      int sent = 0;
      for (int i = 0; i < batch.size(); i++) {
        NoticeReceipt receipt = receipts.get(i);
        outcomes.add(
            new RecipientOutcome(
                batch.get(i).subjectId(),
                receipt.sent(),
                receipt.messageId(),
                receipt.channel(),
                receipt.skippedBecause()));
        sent += receipt.sent() ? 1 : 0;
      }
      campaigns.record(campaignId, outcomes, now);
      auditTrail.record(
          new AuditEvent(
              "system",
              "notification.campaign-batch-sent",
              DefaultNoticeCampaigns.RESOURCE,
              campaignId,
              campaign.purpose()
                  + " "
                  + campaign.reference()
                  + ": "
                  + sent
                  + " of "
                  + batch.size()
                  + " notices sent, "
                  + (batch.size() - sent)
                  + " unreached"));
      if (batch.size() < batchSize && !campaigns.anyPending(campaignId)) {
        finisher.finish(campaignId, now);
      }
      return batch.size();
    }
    return 0;
  }
}
