package com.meike.privacy.notification.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Tells people things (the notification service). In the caller's transaction: chooses the channel
 * (push by the person's registered device, else SMS; SMS or e-mail where the template says so),
 * checks the marketing consent for a marketing notice, fills the template, sends through the
 * partner context's outbound service (outbox, disclosure log, consent and scope checks) and records
 * the notice; its status follows the partner's replies. A notice that cannot go (no marketing
 * consent, no channel) is skipped with its reason, never thrown, so one person cannot stop a batch.
 *
 * <p>Campaigns to millions (breach, shutdown) are {@link NoticeCampaigns}: a timer claims a batch
 * of people per transaction and tells them with {@link #tellCampaignBatch}, set-based. The
 * re-consent notice relay still uses {@link #tellAll}.
 */
@Local
public interface Notifications {

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code templateId}
   *     for an unknown template, on {@code category} when it differs from the template's, on {@code
   *     params} naming the missing parameter; a missing or malformed {@code subject} is refused by
   *     the container (a constraint violation, 400 naming {@code subject} on the web)
   */
  NoticeReceipt tell(@NotNull @Valid Notice notice);

  /**
   * Tells each person of a batch, in the caller's one transaction, in order; audited once per
   * template for the batch, with the count. Keep batches to a few hundred notices.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException as {@link #tell}, for the first bad
   *     notice
   */
  List<NoticeReceipt> tellAll(@NotNull List<@NotNull @Valid Notice> batch);

  /**
   * As {@link #tellAll}, for a batch of a notice campaign ({@link NoticeCampaigns}), which audits
   * the batch itself once, naming the campaign and the count. {@code handOverNow}: the messages go
   * to the partners' queues in the caller's transaction ({@link
   * com.meike.privacy.partner.application.PartnerOutbound#sendAllNow}, the body stored once), else
   * through the outbox and its relay after the commit. A notice already written under its message
   * id (the batch repeated after it committed) is not written or sent again: its receipt is
   * returned.
   */
  List<NoticeReceipt> tellCampaignBatch(
      @NotNull List<@NotNull @Valid Notice> batch, boolean handOverNow);

  /**
   * A service notice to a phone number that has no account yet (a registration code): by SMS only.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code phone} unless
   *     a mainland mobile number in E.164, on {@code templateId} or {@code params} as {@link #tell}
   */
  NoticeReceipt tellPhone(String phone, String templateId, Map<String, ?> params);

  /** The person's latest 100 notices, newest first. */
  List<NotificationView> sentTo(@NotNull(message = "is required") @Valid SubjectId subject);
}
