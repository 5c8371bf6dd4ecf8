package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent context's part of access and erasure (DSR-1, CON-1): the person's consent history and
 * current state per purpose. The append-only ledger is kept on erasure: it proves what was consented
 * while the account existed (RET-2); its entries hold account ids and purpose codes only.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class ConsentPersonalData implements PersonalDataHolder {

  @Inject ConsentLedger ledger;

  @Override
  public String context() {
    return "consent";
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("history", ledger.history(subject, actor, true));
    data.put("state", ledger.state(subject, actor, true));
    return new Export(context(), data);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    return new Erasure(context(), 0, 0,
        List.of("consent ledger kept: proof of what was consented while the account existed (CON-1, RET-2); ids and purpose codes only"));
  }
}
