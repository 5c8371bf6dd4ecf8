package com.meike.privacy.incidents.application;

import com.meike.privacy.kernel.order.OrderNumber;
import jakarta.validation.Valid;

/**
 * What a complainant files: {@code about} is one of ORDER, SERVICE, RECORDING, PRIVACY_REQUEST,
 * ANSWER; {@code orderNumber} is required for ORDER and RECORDING and validated on {@link
 * ComplaintService#file}; {@code text} has 1 to 2000 characters.
 */
public record ComplaintFiling(String about, @Valid OrderNumber orderNumber, String text) {

  /** The filing as read; a blank order number is no order number. */
  public static ComplaintFiling of(String about, String orderNumber, String text) {
    return new ComplaintFiling(
        about,
        orderNumber == null || orderNumber.isBlank() ? null : OrderNumber.of(orderNumber),
        text);
  }
}
