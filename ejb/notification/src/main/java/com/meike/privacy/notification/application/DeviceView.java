package com.meike.privacy.notification.application;

import java.time.Instant;

/** A registered device as its owner sees it: never the push token. */
public record DeviceView(
    String deviceId, String platform, Instant registeredAt, Instant updatedAt) {}
