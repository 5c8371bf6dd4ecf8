package com.meike.privacy.consent.archfixture;

import jakarta.ejb.Local;

/**
 * A service interface that takes a person and a purpose as Strings: the typed-ids rule refuses it.
 */
@Local
public interface TakesAStringSubject {

  boolean may(String subject, String purpose);

  void give(Request request);

  /** A request whose person is a String: refused as well. */
  record Request(String subject, String channel) {}
}
