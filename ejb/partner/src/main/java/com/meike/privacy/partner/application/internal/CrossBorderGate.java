package com.meike.privacy.partner.application.internal;

import com.meike.privacy.consent.application.CrossBorderTransfers;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferDecision;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferView;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.domain.registry.Partner;
import java.util.function.Consumer;

/**
 * The transfer-abroad rule of the outbound path (DATA-4, Part 2 §IV(3)): a message to a partner
 * abroad leaves only when it names its person, the partner is covered by a registered transfer to
 * its country whose categories include the message's purpose, that transfer's impact assessment is
 * acceptable and the person's (for a child: the guardian's) separate consent to it is in force — as
 * the consent context's {@link CrossBorderTransfers#check} answers now. A message to a partner in
 * the PRC passes untouched. Each refusal is recorded by {@code refusals} (in its own transaction,
 * since the refusal rolls the caller's back) and thrown as FORBIDDEN naming {@code partner}.
 */
final class CrossBorderGate {

  static final String ASKED_BY = "partner-outbound";

  private final CrossBorderTransfers transfers;
  private final Consumer<AuditEvent> refusals;

  CrossBorderGate(CrossBorderTransfers transfers, Consumer<AuditEvent> refusals) {
    this.transfers = transfers;
    this.refusals = refusals;
  }

  /**
   * @return the transfer and the consent entry the message goes abroad under, for the log; null at
   *     home
   */
  String admit(Partner partner, PartnerMessage message) {
    if (!partner.abroad()) {
      return null;
    }
    if (message.subject() == null) {
      throw refused(
          partner,
          message,
          "a message about nobody cannot be checked against anyone's separate consent");
    }
    String transferId = partner.crossborderTransfer().orElse(null);
    if (transferId == null) {
      throw refused(
          partner,
          message,
          "NO_IMPACT_ASSESSMENT: no transfer abroad is registered for this partner");
    }
    TransferView transfer = transfers.transfer(transferId);
    if (!transfer.country().equals(partner.country())) {
      throw refused(
          partner,
          message,
          "the registered transfer goes to " + transfer.country() + ", not " + partner.country());
    }
    if (!transfer.dataCategories().contains(message.purpose())) {
      throw refused(
          partner, message, "the registered transfer does not cover purpose " + message.purpose());
    }
    TransferDecision decision =
        transfers.check(new SubjectId(message.subject()), transferId, ASKED_BY);
    if (!decision.allowed()) {
      throw refused(partner, message, decision.reason());
    }
    return "transfer abroad "
        + transferId
        + " to "
        + partner.country()
        + ", consent entry "
        + decision.consentSequence();
  }

  private DomainException refused(Partner partner, PartnerMessage message, String why) {
    refusals.accept(
        new AuditEvent(
            ASKED_BY,
            "partner.crossborder-refused",
            PartnerViews.PARTNER,
            partner.id(),
            "to "
                + partner.country()
                + ", purpose "
                + message.purpose()
                + (message.subject() == null ? "" : ", for " + message.subject())
                + ": "
                + why));
    return new DomainException(
        DomainException.Kind.FORBIDDEN,
        "partner",
        "partner "
            + partner.id()
            + " receives abroad ("
            + partner.country()
            + "): a transfer of personal information"
            + " abroad needs a completed impact assessment and the person's separate consent — refused ("
            + why
            + ") 个人信息出境须经个人信息保护影响评估并取得个人单独同意");
  }
}
