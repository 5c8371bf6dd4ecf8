package com.meike.privacy.partner.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The disclosure log (PTN-5, GB/T 35273 9.2), read by the privacy office and customer service: per
 * person (to answer an access request), per partner, and counted per partner per year. Reading a
 * person's or a partner's entries is audited.
 */
@Local
public interface Disclosures {

  /**
   * The person's disclosures, audited as read by {@code viewer}. A missing or malformed {@code
   * subject} is refused by the container before the service runs (a constraint violation the web
   * layer answers with 400 naming {@code subject}).
   */
  List<DisclosureView> forSubject(
      @NotNull(message = "is required") @Valid SubjectId subject, String viewer);

  /**
   * The partner's latest 500 disclosures, newest first.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code partner} for
   *     an unknown partner
   */
  List<DisclosureView> forPartner(String partner, String viewer);

  /**
   * For every partner, how many different people's data it received in calendar {@code year} (China
   * Standard Time); partners that received none count 0.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code year} outside
   *     2000–9999
   */
  List<PartnerCount> peoplePerPartner(int year);

  /**
   * The people whose personal information went abroad this calendar year (China time) until now,
   * from the disclosure log and each partner's registered country (AUD-4, the cross-border
   * thresholds). A count, not personal data; not audited.
   */
  AbroadCount peopleAbroadThisYear();

  /**
   * Which of {@code subjects} the disclosure log already shows abroad this calendar year (for
   * sensitive purposes only when {@code sensitiveOnly}), so another context's transfers abroad are
   * added to {@link #peopleAbroadThisYear} without counting anyone twice (AUD-4). Not audited.
   */
  java.util.Set<String> abroadThisYearAmong(
      java.util.Collection<String> subjects, boolean sensitiveOnly);
}
