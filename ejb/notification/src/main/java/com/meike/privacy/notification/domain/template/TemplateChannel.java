package com.meike.privacy.notification.domain.template;

/**
 * How a template's notices travel: {@code PUSH} to the person's device (else SMS, else the default
 * push service by the account alias), {@code SMS} only by SMS, {@code EMAIL} only by e-mail.
 */
public enum TemplateChannel {
  PUSH,
  SMS,
  EMAIL
}
