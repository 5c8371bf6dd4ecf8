package com.meike.privacy.recording.application;

import java.time.Instant;

/**
 * The beautician's app reports arrival at the service address: the order, the app's version, and —
 * when the customer was told on site that the visit will be recorded and did not object — {@code
 * impliedConsentToldAt}, when they were told (by the calling beautician). Validated by the service.
 */
public record ArrivalRequest(String orderNumber, String appVersion, Instant impliedConsentToldAt) {}
