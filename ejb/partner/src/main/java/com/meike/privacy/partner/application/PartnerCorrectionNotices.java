package com.meike.privacy.partner.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * "Tell the recipients that a value they received was corrected" (DSR-2 CORRECTION, PIPL art. 46):
 * one {@code correction.notice} message to each partner that the disclosure log shows received one
 * of the corrected fields about the person and whose scope for that purpose still names the field
 * (the partner scope says it may hold it, so it must not keep the old value). In the caller's
 * transaction, through the outbox; the message's id is derived from the correction and the partner,
 * so the same correction tells a partner exactly once.
 */
@Local
public interface PartnerCorrectionNotices {

  /**
   * Writes the notices. The notice names the person as the partner knows them (account id, or its
   * pseudonym for a de-identified partner), the fields and the messages that carried the old value;
   * never the new value — the partner receives that with its next message, through the consent and
   * scope checks of {@link PartnerOutbound}. Audited once per partner told.
   *
   * @param correctionId the correction's own id (the data-subject request's), naming the notices
   * @param fields correctable field names (those of {@code PersonalDataHolder.CORRECTABLE})
   * @return the partners told by this call, sorted (empty when none received a corrected field, or
   *     when this correction told them before)
   */
  List<String> tellRecipients(
      @NotNull(message = "is required") @Valid SubjectId subject,
      String correctionId,
      Set<String> fields,
      String actor);
}
