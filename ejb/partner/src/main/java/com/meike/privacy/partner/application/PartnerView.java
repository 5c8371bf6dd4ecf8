package com.meike.privacy.partner.application;

import java.time.Instant;
import java.util.List;

/**
 * A partner as the registry publishes it: {@code sdkPackage} is null for a server-to-server
 * integration (nothing embedded in the app); {@code deIdentified} says it receives no identifying
 * data, only a per-partner pseudonym. {@code country} is where it receives what it is sent (ISO
 * 3166-1 alpha-2, CN for the PRC); a partner abroad names the registered transfer abroad that
 * covers it ({@code crossBorderTransfer}, DATA-4), or null when none does and it receives nothing
 * personal.
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
    Instant changedAt,
    String country,
    String crossBorderTransfer) {

  /** A partner in the PRC. */
  public PartnerView(
      String id,
      String nameZh,
      String nameEn,
      String sdkPackage,
      String kind,
      String status,
      boolean deIdentified,
      String description,
      List<ScopeView> scopes,
      Instant changedAt) {
    this(
        id,
        nameZh,
        nameEn,
        sdkPackage,
        kind,
        status,
        deIdentified,
        description,
        scopes,
        changedAt,
        "CN",
        null);
  }
}
