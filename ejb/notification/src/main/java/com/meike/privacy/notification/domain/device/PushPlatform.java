package com.meike.privacy.notification.domain.device;

import java.util.Arrays;
import java.util.Optional;

/** The push services a device can be registered with; the value is the partner id. */
public enum PushPlatform {
  GETUI("getui"),
  HUAWEI_PUSH("huawei-push");

  private final String partner;

  PushPlatform(String partner) {
    this.partner = partner;
  }

  public String partner() {
    return partner;
  }

  /** The platform named by its partner id ({@code getui}, {@code huawei-push}). */
  public static Optional<PushPlatform> of(String partner) {
    return Arrays.stream(values()).filter(p -> p.partner.equals(partner)).findFirst();
  }
}
