package com.meike.privacy.notification.application;

/**
 * Service notices (codes, policy changes, complaint answers, orders, breaches) always go; marketing
 * only with consent.
 */
public enum NoticeCategory {
  SERVICE,
  MARKETING
}
