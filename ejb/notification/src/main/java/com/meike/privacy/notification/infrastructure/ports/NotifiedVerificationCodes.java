package com.meike.privacy.notification.infrastructure.ports;

import com.meike.privacy.identity.domain.verification.VerificationCodeSender;
import com.meike.privacy.notification.application.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Identity's code sender: the code goes as an SMS with template {@code verification-code} through
 * the notification service, in the registration's transaction ({@code sms.verification-code} on
 * {@code partner.sms.outbound}, the same shape as before).
 */
@ApplicationScoped
public class NotifiedVerificationCodes implements VerificationCodeSender {

  static final String TEMPLATE = "verification-code";

  @Inject Notifications notifications;

  @Override
  public void send(String e164Phone, String code) {
    notifications.tellPhone(e164Phone, TEMPLATE, Map.of("code", code));
  }
}
