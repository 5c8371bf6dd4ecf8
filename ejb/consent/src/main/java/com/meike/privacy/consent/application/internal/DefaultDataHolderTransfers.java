package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.DataHolderTransfers;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.holder.DataHolderTransfer;
import com.meike.privacy.consent.domain.holder.DataHolderTransferRepository;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import com.meike.privacy.consent.domain.policy.ReconsentRequirementRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link DataHolderTransfers} as one container-managed transaction per call, with its audit entry.
 */
@Stateless
public class DefaultDataHolderTransfers implements DataHolderTransfers {

  static final String TRANSFER = "data-holder-transfer";

  @Inject DataHolderTransferRepository transfers;
  @Inject PurposeRepository purposes;
  @Inject PolicyVersionRepository policies;
  @Inject ReconsentRequirementRepository reconsent;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public TransferView record(TransferInput input, String actor) {
    if (input == null) {
      throw DomainException.invalid("kind", "is required");
    }
    Instant now = clock.instant();
    String version =
        policies
            .currentVersion()
            .orElseThrow(
                () -> DomainException.conflict("no policy version has been published yet"));
    DataHolderTransfer transfer =
        DataHolderTransfer.record(
            input.kind(),
            input.newHolder(),
            input.transferDate(),
            input.scope(),
            input.outcome(),
            input.commitmentReference(),
            version,
            actor,
            now);
    Set<String> known =
        purposes.all().stream().map(p -> p.code().value()).collect(Collectors.toSet());
    List<String> unknown = transfer.scope().stream().filter(c -> !known.contains(c)).toList();
    if (!unknown.isEmpty()) {
      throw DomainException.invalid(
          "scope", "not purpose codes of the catalogue: " + String.join(", ", unknown));
    }
    if (transfer.requiresReconsent()) {
      transfer.marked(reconsent.markForTransfer(version, transfer.id(), transfer.scope(), now));
    }
    transfers.add(transfer);
    auditTrail.record(
        new AuditEvent(
            transfer.recordedBy(),
            "consent.data-holder-transfer",
            TRANSFER,
            transfer.id(),
            transfer.kind()
                + " to a new holder, scope "
                + transfer.scope()
                + ", "
                + transfer.outcome()
                + (transfer.requiresReconsent()
                    ? ": " + transfer.peopleMarked() + " people to consent again"
                    : ", commitment " + transfer.commitmentReference().orElse(""))));
    return view(transfer);
  }

  @Override
  public List<TransferView> all(String viewer) {
    if (viewer == null || viewer.isBlank()) {
      throw DomainException.forbidden("only an identified staff member may read");
    }
    List<TransferView> views =
        transfers.all().stream().map(DefaultDataHolderTransfers::view).toList();
    auditTrail.record(
        new AuditEvent(
            viewer.strip(),
            "consent.data-holder-transfers-read",
            TRANSFER,
            "*",
            views.size() + " transfers"));
    return views;
  }

  static TransferView view(DataHolderTransfer t) {
    return new TransferView(
        t.id(),
        t.kind().name(),
        t.newHolder(),
        t.transferDate(),
        t.scope(),
        t.outcome().name(),
        t.commitmentReference().orElse(null),
        t.policyVersion(),
        t.peopleMarked(),
        t.recordedBy(),
        t.recordedAt());
  }
}
