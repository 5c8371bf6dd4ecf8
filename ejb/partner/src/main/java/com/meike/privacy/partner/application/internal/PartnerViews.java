package com.meike.privacy.partner.application.internal;

import com.meike.privacy.partner.application.PartnerView;
import com.meike.privacy.partner.application.ScopeView;
import com.meike.privacy.partner.domain.registry.Partner;
import java.util.List;

/** Entities to the views of the application layer. */
final class PartnerViews {

  static final String PARTNER = "partner";

  private PartnerViews() {}

  static PartnerView of(Partner partner) {
    List<ScopeView> scopes =
        partner.scopes().entrySet().stream()
            .map(entry -> new ScopeView(entry.getKey(), entry.getValue().fields()))
            .toList();
    return new PartnerView(
        partner.id(),
        partner.nameZh(),
        partner.nameEn(),
        partner.sdkPackage(),
        partner.kind().name(),
        partner.status().name(),
        partner.deIdentified(),
        partner.description(),
        scopes,
        partner.changedAt(),
        partner.country(),
        partner.crossborderTransfer().orElse(null));
  }
}
