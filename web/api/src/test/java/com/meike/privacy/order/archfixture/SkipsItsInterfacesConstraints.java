package com.meike.privacy.order.archfixture;

import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;

/** ArchitectureTest's offender: a session bean whose interface's constraints the server skips. */
@Stateless
public class SkipsItsInterfacesConstraints implements ConstrainedContract {

  @Override
  public void place(String orderNumber) {}
}

/** A service interface declaring a constraint. */
interface ConstrainedContract {
  void place(@NotNull String orderNumber);
}
