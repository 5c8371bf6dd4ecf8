package com.meike.privacy.notification.application;

/**
 * What became of one notice: {@code sent} with the notification id, channel, partner and partner
 * message id; or not sent, with the reason ({@code NO_MARKETING_CONSENT}, {@code NO_CHANNEL},
 * {@code NO_CONSENT_TO_CHANNEL}, {@code PARTNER_SUSPENDED}).
 */
public record NoticeReceipt(
    boolean sent,
    String notificationId,
    String channel,
    String partner,
    String messageId,
    String skippedBecause) {

  public static NoticeReceipt skipped(String reason) {
    return new NoticeReceipt(false, null, null, null, null, reason);
  }
}
