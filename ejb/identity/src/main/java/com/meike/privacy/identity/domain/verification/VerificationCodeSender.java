package com.meike.privacy.identity.domain.verification;

/**
 * Hands a code to the SMS gateway (a partner). Joins the caller's transaction: the message leaves
 * only if the code was stored.
 */
public interface VerificationCodeSender {

  /** Sends {@code code} to {@code e164Phone} with the verification-code template. */
  void send(String e164Phone, String code);
}
