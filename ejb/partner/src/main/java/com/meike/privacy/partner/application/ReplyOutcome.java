package com.meike.privacy.partner.application;

/**
 * What became of a reply: accepted for {@code messageId}, or rejected with the recorded rejection's
 * id and the reason (then it acknowledged nothing and belongs in the DLQ).
 */
public record ReplyOutcome(boolean accepted, String messageId, String rejectionId, String reason) {

  public static ReplyOutcome accepted(String messageId) {
    return new ReplyOutcome(true, messageId, null, null);
  }

  public static ReplyOutcome rejected(String rejectionId, String reason) {
    return new ReplyOutcome(false, null, rejectionId, reason);
  }
}
