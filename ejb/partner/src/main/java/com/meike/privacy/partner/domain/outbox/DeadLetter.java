package com.meike.privacy.partner.domain.outbox;

import java.time.Instant;

/**
 * A message the broker gave up on, or a reply we refused, as it lies in {@code DLQ} — described
 * without its body (which may hold personal data).
 *
 * @param brokerId the broker's JMS message id, unique in the DLQ
 * @param originalQueue where it was headed: {@code partner.<id>.outbound} for a message a partner
 *     did not take within the redeliveries, {@code partner.<id>.inbound} for a reply
 * @param messageId our messageId (the duplicate-detection id) when it is one of our messages, else
 *     null
 * @param type the JMS type (our message type), or null
 * @param partner the {@code partner} property of a reply, or null
 * @param rejectionReason why we refused a reply, or null when the broker moved it after its
 *     redeliveries
 * @param rejectionId the recorded rejection of a refused reply, or null
 * @param since when it was sent (the JMS timestamp)
 */
public record DeadLetter(
    String brokerId,
    String originalQueue,
    String messageId,
    String type,
    String partner,
    String rejectionReason,
    String rejectionId,
    Instant since) {}
