package com.meike.privacy.partner.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.CrossBorderTransfers;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.partner.application.PartnerRegistry;
import com.meike.privacy.partner.application.PartnerView;
import com.meike.privacy.partner.domain.registry.DataScope;
import com.meike.privacy.partner.domain.registry.Partner;
import com.meike.privacy.partner.domain.registry.PartnerRepository;
import com.meike.privacy.partner.domain.registry.PartnerStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * {@link PartnerRegistry} on the stored registry. A scope names only purposes of the consent
 * catalogue, so a partner can never be given data for a purpose the policy does not state.
 */
@Stateless
public class DefaultPartnerRegistry implements PartnerRegistry {

  @Inject PartnerRepository partners;
  @Inject PurposeCatalogue catalogue;
  @Inject CrossBorderTransfers transfers;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public List<PartnerView> partners() {
    return partners.all().stream().map(PartnerViews::of).toList();
  }

  @Override
  public PartnerView partner(String id) {
    return PartnerViews.of(find(id));
  }

  @Override
  public PartnerView changeStatus(String id, String status, String actor) {
    Objects.requireNonNull(actor, "actor");
    Partner partner = find(id);
    PartnerStatus newStatus = status(status);
    if (partner.changeStatus(newStatus, actor, clock.instant())) {
      auditTrail.record(
          new AuditEvent(
              actor,
              "partner.status-changed",
              PartnerViews.PARTNER,
              partner.id(),
              "status " + newStatus));
    }
    return PartnerViews.of(partner);
  }

  @Override
  public PartnerView changeScope(String id, String purpose, List<String> fields, String actor) {
    Objects.requireNonNull(actor, "actor");
    Partner partner = find(id);
    String code = catalogued(purpose);
    DataScope scope = DataScope.of(fields == null ? List.of() : fields, partner.deIdentified());
    if (partner.changeScope(code, scope, actor, clock.instant())) {
      auditTrail.record(
          new AuditEvent(
              actor,
              "partner.scope-changed",
              PartnerViews.PARTNER,
              partner.id(),
              "purpose " + code + (scope.isEmpty() ? " removed" : " fields " + scope)));
    }
    return PartnerViews.of(partner);
  }

  @Override
  public PartnerView changeDestination(
      String id, String country, String crossBorderTransfer, String actor) {
    Objects.requireNonNull(actor, "actor");
    Partner partner = find(id);
    String code = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    String transferId =
        crossBorderTransfer == null || crossBorderTransfer.isBlank()
            ? null
            : crossBorderTransfer.strip();
    if (transferId != null && !Partner.HOME.equals(code)) {
      CrossBorderTransfers.TransferView transfer;
      try {
        transfer = transfers.transfer(transferId);
      } catch (DomainException e) {
        throw DomainException.invalid("crossBorderTransfer", "is not a registered transfer abroad");
      }
      if (!transfer.country().equals(code)) {
        throw DomainException.invalid(
            "crossBorderTransfer", "is a transfer to " + transfer.country() + ", not to " + code);
      }
    }
    if (partner.changeDestination(code, transferId, actor, clock.instant())) {
      auditTrail.record(
          new AuditEvent(
              actor,
              "partner.destination-changed",
              PartnerViews.PARTNER,
              partner.id(),
              "country " + code + (transferId == null ? "" : ", transfer abroad " + transferId)));
    }
    return PartnerViews.of(partner);
  }

  private Partner find(String id) {
    return partners
        .find(id == null ? "" : id)
        .orElseThrow(() -> DomainException.notFound("No partner '" + id + "'."));
  }

  private String catalogued(String purpose) {
    if (purpose == null || purpose.isBlank()) {
      throw DomainException.invalid("purpose", "is required");
    }
    PurposeCode code = PurposeCode.of(purpose);
    if (PurposeCode.matches(code.value())) {
      try {
        return catalogue.purpose(code).code();
      } catch (DomainException e) {
        // not catalogued: refused as a malformed code is
      }
    }
    throw DomainException.invalid(
        "purpose", com.meike.privacy.kernel.purpose.PurposeCode.notCatalogued(purpose));
  }

  private static PartnerStatus status(String status) {
    for (PartnerStatus candidate : PartnerStatus.values()) {
      if (candidate.name().equals(status)) {
        return candidate;
      }
    }
    throw DomainException.invalid("status", "must be ACTIVE or SUSPENDED");
  }
}
