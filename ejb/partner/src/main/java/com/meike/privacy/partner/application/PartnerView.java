package com.meike.privacy.partner.application;

import java.time.Instant;
import java.util.List;

/**
 * A partner as the registry publishes it: {@code sdkPackage} is null for a server-to-server
 * integration (nothing embedded in the app); {@code deIdentified} says it receives no identifying
 * data, only a per-partner pseudonym.
 */
public record PartnerView(
    String id,
    String nameZh,
    String nameEn,
    String sdkPackage,
    String kind,
    String status,
    boolean deIdentified,
    String description,
    List<ScopeView> scopes,
    Instant changedAt) {}
