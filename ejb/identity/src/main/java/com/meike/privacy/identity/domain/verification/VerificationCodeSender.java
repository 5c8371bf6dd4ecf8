package com.meike.privacy.identity.domain.verification;

/**
 * Hands a code to the SMS gateway (a partner). Joins the caller's transaction: the message leaves
 * only if the code was stored. Implemented by the notification context (through the partner
 * outbox), which depends on identity, not the other way round.
 */
public interface VerificationCodeSender {

  /** Sends {@code code} to {@code e164Phone} with the verification-code template. */
  void send(String e164Phone, String code);
}
