package com.meike.privacy.incidents.domain.complaint;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a complaint is about (CMP-1). Privacy and recording complaints go straight to the privacy
 * officer and legal.
 */
public enum ComplaintSubject {
  ORDER(true, false),
  SERVICE(false, false),
  RECORDING(true, true),
  PRIVACY_REQUEST(false, true),
  ANSWER(false, false);

  private final boolean needsOrder;
  private final boolean privacyOffice;

  ComplaintSubject(boolean needsOrder, boolean privacyOffice) {
    this.needsOrder = needsOrder;
    this.privacyOffice = privacyOffice;
  }

  /** A complaint about an order or its recording must name the order. */
  public boolean needsOrderNumber() {
    return needsOrder;
  }

  /** The tier a new complaint about this starts at. */
  public ComplaintTier firstTier() {
    return privacyOffice ? ComplaintTier.PRIVACY_OFFICE_LEGAL : ComplaintTier.CUSTOMER_SERVICE;
  }

  /**
   * @throws DomainException INVALID_INPUT on field {@code about} for anything else
   */
  public static ComplaintSubject parse(String value) {
    String allowed = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("about", "is required, one of " + allowed);
    }
    try {
      return valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("about", "must be one of " + allowed);
    }
  }
}
