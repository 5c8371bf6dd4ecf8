package com.meike.privacy.notification.domain.notice;

import com.meike.privacy.notification.domain.template.TemplateChannel;
import java.util.Optional;

/**
 * Chooses the channel of one notice from what the template allows and what is known of the person:
 *
 * <ul>
 *   <li>{@code PUSH} templates: the person's most recently registered device, through its push
 *       service with its token; else an SMS to the account's phone; else a push through the default
 *       push service to the account alias (the app binds the account id as its alias at login).
 *   <li>{@code SMS} templates: the phone, or nothing.
 *   <li>{@code EMAIL} templates: the e-mail address, or nothing.
 * </ul>
 *
 * A person without an account (a phone being registered) has only the phone.
 */
public final class ChannelChoice {

  /** What is known of the recipient: account id (null without one), device, phone, e-mail. */
  public record Recipient(
      String subject,
      Optional<DeviceAddress> device,
      Optional<String> phone,
      Optional<String> email) {}

  /** A registered device: its push service's partner id and its push token in plaintext. */
  public record DeviceAddress(String partner, String pushToken) {}

  private ChannelChoice() {}

  public static Optional<Route> choose(
      TemplateChannel template,
      Recipient recipient,
      String defaultPushPartner,
      boolean smsAllowed) {
    return switch (template) {
      case PUSH -> {
        if (recipient.device().isPresent()) {
          DeviceAddress device = recipient.device().get();
          yield Optional.of(new Route(Channel.PUSH, device.partner(), device.pushToken()));
        }
        if (smsAllowed && recipient.phone().isPresent()) {
          yield Optional.of(new Route(Channel.SMS, "sms", recipient.phone().get()));
        }
        yield recipient.subject() == null
            ? Optional.empty()
            : Optional.of(new Route(Channel.PUSH, defaultPushPartner, null));
      }
      case SMS -> recipient.phone().map(phone -> new Route(Channel.SMS, "sms", phone));
      case EMAIL -> recipient.email().map(email -> new Route(Channel.EMAIL, "email", email));
    };
  }
}
