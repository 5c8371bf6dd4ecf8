package com.meike.privacy.partner.application;

import jakarta.ejb.Local;

/**
 * The partners' replies, each on its own {@code partner.<id>.inbound} (PTN-4): {@code {"messageId",
 * "status": ACKNOWLEDGED|FAILED|DELIVERED, "reason"}} about one of our messages, from the partner
 * it was sent to. Anything else — malformed, about an unknown message, from or claiming another
 * partner — is rejected and recorded with its reason; it acknowledges nothing.
 */
@Local
public interface PartnerReplies {

  /**
   * Records the reply on its message, or records its rejection. Never throws for what the reply
   * holds, so a bad reply cannot make the listener fail and loop; both outcomes are audited in the
   * caller's transaction.
   */
  ReplyOutcome receive(InboundReply reply);
}
