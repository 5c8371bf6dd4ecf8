package com.meike.privacy.partner.application;

import jakarta.ejb.Local;
import java.util.List;

/** Messages to partners as operations follow them up (PTN-4). Read-only; holds no personal data. */
@Local
public interface PartnerMessages {

  /**
   * Messages in {@code state}, oldest first (at most 500): {@code pending} (not yet with the
   * broker), {@code unacknowledged} (an acknowledgement is needed and has not come), {@code
   * acknowledged}, {@code failed}, {@code delivered} (a status update came), {@code sent}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code state} for any
   *     other value
   */
  List<PartnerMessageView> inState(String state);

  /** The latest refused replies, newest first (at most 500). */
  List<RejectedReplyView> rejectedReplies();
}
