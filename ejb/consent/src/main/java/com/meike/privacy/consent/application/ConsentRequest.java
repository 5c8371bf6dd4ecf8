package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Giving or withdrawing consent to one purpose: about {@code subject} (an account id), for {@code
 * purpose} (a purpose code), through {@code channel} ({@code POPUP}, {@code SETTINGS}, {@code
 * CUSTOMER_SERVICE}, {@code ONSITE_NOTICE}), by {@code actor} acting as {@code actedAs} ({@code
 * SELF} or {@code GUARDIAN}). Blank {@code actedAs} means {@code SELF}; blank {@code actor} acting
 * as {@code SELF} means the subject. The subject's and purpose's formats are checked on the
 * service's interface, the rest by the service.
 */
public record ConsentRequest(
    @NotNull(message = "is required") @Valid SubjectId subject,
    @NotNull(message = "is required") @Valid PurposeCode purpose,
    String channel,
    String actedAs,
    String actor) {

  /** A request as read (by a web resource, a test): the ids wrapped, checked on the interface. */
  public static ConsentRequest of(
      String subject, String purpose, String channel, String actedAs, String actor) {
    return new ConsentRequest(
        SubjectId.of(subject), PurposeCode.of(purpose), channel, actedAs, actor);
  }
}
