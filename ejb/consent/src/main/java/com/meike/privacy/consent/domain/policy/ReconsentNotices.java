package com.meike.privacy.consent.domain.policy;

import java.time.Instant;

/**
 * Where re-consent notices go (CON-5): a push message to the person's app telling them a major
 * change was published and asking them to consent again. Joins the caller's transaction, so a
 * notice leaves only if its claim commits. Implemented by the notification context (channel choice,
 * template, partner outbox), which depends on consent, not the other way round.
 */
public interface ReconsentNotices {

  /**
   * Sends one notice. {@code noticeId} is stable for the person and version, so a resend after a
   * crash is recognised as a duplicate by the broker.
   */
  void send(Notice notice);

  /** One notice: to {@code recipient} (the person, or a child's guardian) about {@code subject}. */
  record Notice(
      String noticeId,
      String recipient,
      String subject,
      String policyVersion,
      String summary,
      Instant occurredAt) {}
}
