package com.meike.privacy.partner.application;

import java.util.Map;

/**
 * What another context wants a partner to receive.
 *
 * @param partner the partner id of the external contract, such as {@code getui}
 * @param subject the account id of the person the message is about, or null when it is about nobody
 *     in particular (an aggregate); a message about nobody may serve only a necessary,
 *     non-sensitive purpose, since nobody's consent can be checked
 * @param purpose the purpose code of the consent catalogue the disclosure serves
 * @param type the message type, dotted lower-case words such as {@code push.order-created}
 * @param version the version of the type's payload format, from 1
 * @param payload the payload as JSON values (String, Number, Boolean, null, Map, List); every field
 *     outside the partner's scope for {@code purpose} is removed before it leaves
 * @param needsAcknowledgement whether the partner must acknowledge it (deletion orders, breach
 *     notices, order pushes); tracked until it does
 * @param messageId the message id the partner sees, or null for a new random one; a sender that may
 *     send the same message again after a crash (a notice campaign) names it (a name-based UUID),
 *     so the outbox and the broker keep it once
 */
public record PartnerMessage(
    String partner,
    String subject,
    String purpose,
    String type,
    int version,
    Map<String, ?> payload,
    boolean needsAcknowledgement,
    String messageId) {

  /** A message with a new random id. */
  public PartnerMessage(
      String partner,
      String subject,
      String purpose,
      String type,
      int version,
      Map<String, ?> payload,
      boolean needsAcknowledgement) {
    this(partner, subject, purpose, type, version, payload, needsAcknowledgement, null);
  }
}
