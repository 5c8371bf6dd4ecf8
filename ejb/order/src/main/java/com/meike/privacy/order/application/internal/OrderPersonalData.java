package com.meike.privacy.order.application.internal;

import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.order.application.OrderService;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The order context's part of access (DSR-1): the person's orders with their service address and
 * contact as the person sees them. Erasure is not built yet: the orders stay until order
 * anonymisation lands (docs/known-limits.md, issue 15), and the record says so.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class OrderPersonalData implements PersonalDataHolder {

  @Inject OrderService orders;

  @Override
  public String context() {
    return "order";
  }

  @Override
  public Export export(String subject, String actor) {
    return new Export(context(), Map.of("orders", orders.ordersOf(subject)));
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    return new Erasure(context(), 0, 0,
        List.of("NOT ERASED: order anonymisation is not built yet (known limit, issue 15); orders and reviews remain"));
  }
}
