package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.kernel.problem.DomainException;

/** How a consent or withdrawal reached us (CON-1; Part 2 §I 1–2, §V(三), Part 1 录音 1.2). */
public enum ConsentChannel {
  /** A pop-up or page prompt in the app (弹窗、页面提示). The person acts themselves. */
  POPUP,
  /** The app's settings (设置). The person acts themselves. */
  SETTINGS,
  /** Through customer service (客服), recorded by a staff member. */
  CUSTOMER_SERVICE,
  /**
   * Implied consent: told on site that the service will be recorded, the customer did not object
   * before the service began (Part 1 录音 1.2). Only for purposes that allow it; recorded by whoever
   * gave the notice.
   */
  ONSITE_NOTICE;

  /** Whether the person acts in the app themselves, so whoever records it must be the actor. */
  public boolean selfService() {
    return this == POPUP || this == SETTINGS;
  }

  /**
   * The channel named exactly by {@code name} (surrounding blanks ignored).
   *
   * @throws DomainException INVALID_INPUT on field {@code channel} for anything else
   */
  public static ConsentChannel parse(String name) {
    if (name != null) {
      String trimmed = name.strip();
      for (ConsentChannel channel : values()) {
        if (channel.name().equals(trimmed)) {
          return channel;
        }
      }
    }
    throw DomainException.invalid(
        "channel", "must be one of POPUP, SETTINGS, CUSTOMER_SERVICE, ONSITE_NOTICE");
  }
}
