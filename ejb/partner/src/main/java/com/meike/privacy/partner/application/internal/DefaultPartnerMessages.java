package com.meike.privacy.partner.application.internal;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.partner.application.PartnerMessageView;
import com.meike.privacy.partner.application.PartnerMessages;
import com.meike.privacy.partner.application.RejectedReplyView;
import com.meike.privacy.partner.domain.outbox.MessageState;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.OutboxRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@link PartnerMessages} on the outbox. */
@Stateless
public class DefaultPartnerMessages implements PartnerMessages {

  static final int MAX = 500;

  @Inject OutboxRepository outbox;
  @Inject Clock clock;

  @Override
  public List<PartnerMessageView> inState(String state) {
    MessageState wanted = state(state);
    Instant now = clock.instant();
    return outbox.inState(wanted, MAX).stream().map(message -> view(message, now)).toList();
  }

  @Override
  public List<RejectedReplyView> rejectedReplies() {
    return outbox.rejections(MAX).stream()
        .map(
            r ->
                new RejectedReplyView(
                    r.id(),
                    r.receivedAt(),
                    r.declaredPartner(),
                    r.authenticatedUser(),
                    r.referencedMessage(),
                    r.reason()))
        .toList();
  }

  static PartnerMessageView view(OutboxMessage message, Instant now) {
    return new PartnerMessageView(
        message.messageId(),
        message.partnerId(),
        message.type(),
        message.version(),
        message.purpose(),
        message.needsAcknowledgement(),
        message.state().name(),
        message.createdAt(),
        message.deliveredAt(),
        Math.max(0, Duration.between(message.createdAt(), now).toSeconds()),
        message.replyStatus() == null ? null : message.replyStatus().name(),
        message.replyReason(),
        message.repliedAt());
  }

  private static MessageState state(String state) {
    if (state != null) {
      for (MessageState candidate : MessageState.values()) {
        if (candidate.name().equals(state.strip().toUpperCase(Locale.ROOT))) {
          return candidate;
        }
      }
    }
    throw DomainException.invalid(
        "state", "must be one of pending, unacknowledged, acknowledged, failed, delivered, sent");
  }
}
