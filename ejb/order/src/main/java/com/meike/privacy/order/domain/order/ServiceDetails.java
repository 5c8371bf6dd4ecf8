package com.meike.privacy.order.domain.order;

import com.meike.privacy.kernel.problem.DomainException;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a customer orders (ORD-1), checked before anything is stored. The service address, contact
 * name and phone are personal data and are stored only encrypted; {@code forAnotherPerson} says the
 * contact is someone other than the customer.
 */
public record ServiceDetails(
    String serviceAddress,
    String contactName,
    String contactPhone,
    List<String> items,
    BigDecimal amount,
    String city,
    boolean forAnotherPerson) {

  public ServiceDetails {
    serviceAddress = required("serviceAddress", serviceAddress, 300);
    contactName = required("contactName", contactName, 100);
    contactPhone = required("contactPhone", contactPhone, 32);
    if (!contactPhone.matches("\\+?[0-9][0-9 -]{4,30}")) {
      throw DomainException.invalid("contactPhone", "must be a phone number, e.g. +8613812345678");
    }
    city = required("city", city, 64);
    if (items == null || items.isEmpty()) {
      throw DomainException.invalid("items", "name at least one service item");
    }
    if (items.size() > 20) {
      throw DomainException.invalid("items", "at most 20 items");
    }
    items = items.stream().map(item -> required("items", item, 80)).toList();
    if (String.join("\n", items).length() > 2000) {
      throw DomainException.invalid("items", "too long");
    }
    if (amount == null) {
      throw DomainException.invalid("amount", "is required");
    }
    if (amount.signum() <= 0
        || amount.scale() > 2
        || amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
      throw DomainException.invalid(
          "amount", "must be a positive amount in yuan with at most 2 decimals");
    }
  }

  /**
   * A corrected service address, contact name or phone, checked as on entry (CORRECTION, DSR-2).
   */
  public static String corrected(String field, String value) {
    return switch (field) {
      case "serviceAddress" -> required(field, value, 300);
      case "contactName" -> required(field, value, 100);
      case "contactPhone" -> {
        String phone = required(field, value, 32);
        if (!phone.matches("\\+?[0-9][0-9 -]{4,30}")) {
          throw DomainException.invalid(
              "contactPhone", "must be a phone number, e.g. +8613812345678");
        }
        yield phone;
      }
      default -> throw DomainException.invalid(field, "is not a field of an order");
    };
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw DomainException.invalid(field, "at most " + max + " characters");
    }
    if (stripped.chars().anyMatch(c -> c < 0x20)) {
      throw DomainException.invalid(field, "must be one line of text");
    }
    return stripped;
  }
}
