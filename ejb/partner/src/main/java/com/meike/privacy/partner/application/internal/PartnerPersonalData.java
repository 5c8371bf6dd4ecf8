package com.meike.privacy.partner.application.internal;

import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.partner.application.Disclosures;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The partner context's part of access (DSR-1, PTN-5): which partners received what and when (the
 * disclosure log). On erasure the log is kept: it is what the deletion orders (DSR-7) are sent from
 * and the proof that they were; the rights context orders the partners to delete.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class PartnerPersonalData implements PersonalDataHolder {

  @Inject Disclosures disclosures;

  @Override
  public String context() {
    return "partner";
  }

  @Override
  public Export export(String subject, String actor) {
    return new Export(context(), Map.of("disclosures", disclosures.forSubject(subject, actor)));
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    return new Erasure(context(), 0, 0,
        List.of("disclosure log kept: the record of who received what, from which the partner deletion order was sent (PTN-5, DSR-7)"));
  }
}
