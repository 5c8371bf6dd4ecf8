package com.meike.privacy.partner.application;

import jakarta.ejb.Local;

/**
 * The one way to send anything to a partner (PTN-2, PTN-4, PTN-5). In the caller's transaction:
 * checks the partner is active and has the purpose in its scope, checks the person's consent to the
 * purpose, for a partner abroad refuses the message unless the transfer's impact assessment and the
 * person's separate consent are on record (DATA-4), cuts the payload down to the scope (a
 * de-identified partner gets no identifying field, and a per-partner pseudonym instead of the
 * person), and writes the message to the outbox and the disclosure log. Nothing reaches the broker
 * in the caller's transaction (but through {@link #sendAllNow}): after it commits, the relay
 * delivers the message to {@code partner.<id>.outbound}; if it rolls back, no message and no
 * disclosure exist.
 */
@Local
public interface PartnerOutbound {

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code partner} for
   *     an unknown partner, on {@code purpose} when the partner's scope has no such purpose, on
   *     {@code type}, {@code version}, {@code subject} or {@code payload} when malformed; CONFLICT
   *     when the partner is suspended; FORBIDDEN naming the purpose when the person has not
   *     consented to it (or, for a message about nobody, when the purpose needs consent); FORBIDDEN
   *     naming {@code partner} when the partner is abroad and the transfer is not assessed and
   *     separately consented to
   */
  OutboundReceipt send(PartnerMessage message);

  /**
   * Sends several messages in the caller's transaction with the same checks as {@link #send}, each
   * message's; all or none: a refusal of one refuses the call. For bulk senders (a notice
   * campaign's batch), which write the rows in one go.
   */
  default java.util.List<OutboundReceipt> sendAll(java.util.List<PartnerMessage> messages) {
    return messages.stream().map(this::send).toList();
  }

  /**
   * As {@link #sendAll}, but the messages go to the broker in the caller's transaction (XA: they
   * are on the partner queues if and only if the caller's rows commit) and the outbox rows are
   * written delivered, without the body: the body is stored once, on the queue, and no relay pass
   * follows (issue 14: a notice campaign's batch). The broker refusing a message (a second copy
   * under the same id, or no broker) rolls the caller's transaction back; the caller then repeats
   * the batch through {@link #sendAll}, whose relay handles both. Without a broker of its own an
   * implementation may keep them in the outbox ({@link #sendAll}).
   */
  default java.util.List<OutboundReceipt> sendAllNow(java.util.List<PartnerMessage> messages) {
    return sendAll(messages);
  }
}
