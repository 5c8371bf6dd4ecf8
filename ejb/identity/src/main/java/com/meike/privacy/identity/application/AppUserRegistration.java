package com.meike.privacy.identity.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Optional;

/**
 * Registration and sign-in of app users by phone (ID-1, ID-2, ID-3): a one-time code goes to the
 * phone through the SMS partner; the phone and the code give an account and a bearer token. Both
 * steps answer the same whether or not the phone already has an account. Refusals are {@link
 * com.meike.privacy.kernel.problem.DomainException}s naming {@code phone}, {@code code} or {@code
 * role}; too many codes is RATE_LIMITED.
 */
@Local
public interface AppUserRegistration {

  /**
   * Sends a new code to {@code phone} (E.164, mainland mobile); the latest code replaces earlier
   * ones. {@code clientAddress} is the caller's network address, for the per-address limit.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code phone};
   *     RATE_LIMITED when the phone or the address has asked for too many codes
   */
  void requestCode(String phone, String clientAddress);

  /**
   * Checks the code and creates the account (or finds the phone's existing one, whose role then
   * stays) and issues a bearer token.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code code} when the
   *     code is wrong, expired, used or burnt (one answer for all), on {@code phone} or {@code
   *     role} when malformed
   */
  Registered register(String phone, String code, String role);

  /** The account, for its owner. */
  Optional<AccountView> account(String accountId);

  /** A registered (or signed-in) account and its bearer token. */
  record Registered(
      String accountId, String role, boolean created, String token, Instant expiresAt) {}

  /** An account as its owner sees it; never the phone number. */
  record AccountView(
      String accountId, String role, String extraVerification, Instant registeredAt) {}
}
