package com.meike.privacy.notification.domain.notice;

/** The channel one notice actually took. */
public enum Channel {
  PUSH,
  SMS,
  EMAIL
}
