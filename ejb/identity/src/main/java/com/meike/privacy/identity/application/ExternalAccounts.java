package com.meike.privacy.identity.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * Third-party login bindings of the calling app user (ID-5): made only with consent, keeping only
 * the consented profile fields (nickname, avatar URL); the external account id is stored as a keyed
 * hash and as ciphertext and never answered. Refusals are {@link
 * com.meike.privacy.kernel.problem.DomainException}s naming the field.
 */
@Local
public interface ExternalAccounts {

  /**
   * Binds the external account to {@code accountId}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code consent}
   *     unless true, on {@code provider}, {@code externalId}, {@code nickname} or {@code avatarUrl}
   *     when malformed; CONFLICT when the external account is bound to an account already, or this
   *     account already has a binding with the provider
   */
  Binding bind(String accountId, BindingInput input);

  /** The account's bindings, oldest first. */
  List<Binding> bindings(String accountId);

  /**
   * Unbinds and erases everything stored about the external account.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code provider};
   *     NOT_FOUND when not bound
   */
  void unbind(String accountId, String provider);

  /** What the app sends when the person agrees to bind their third-party account. */
  record BindingInput(
      String provider, String externalId, boolean consent, String nickname, String avatarUrl) {
    @Override
    public String toString() {
      return "BindingInput[" + provider + "]";
    }
  }

  /** A binding as its owner sees it: never the external account id. */
  record Binding(String provider, String nickname, String avatarUrl, Instant boundAt) {}
}
