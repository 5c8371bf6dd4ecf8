package com.meike.privacy.order.domain.order;

import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One order (ORD-1). The personal fields — service address, contact name, contact phone — are held
 * only sealed; {@link #personal(ColumnSeal)} opens them for the few who may see them. The assigned
 * beautician may see them only while the order is active (ORD-2).
 */
@Entity
@Table(name = "service_order")
@SecondaryTable(
    name = "order_recipient",
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "order_number"))
public class ServiceOrder {

  @Id
  @Column(name = "order_number")
  private String number;

  @Column(name = "customer_id")
  private String customerId;

  private String city;

  /**
   * The service the order is for (SHUT-1): the home-visit service of its city, as the registry
   * compares cities ({@link #areaOf}).
   */
  @Column(name = "service_area")
  private String serviceArea;

  private String items;

  private BigDecimal amount;

  @Column(name = "for_another_person")
  private boolean forAnotherPerson;

  /** Kept in its own table, with a row only for orders that name a recipient. */
  @Column(name = "recipient_id", table = "order_recipient")
  private String recipientId;

  @Column(name = "service_address")
  private String sealedServiceAddress;

  @Column(name = "contact_name")
  private String sealedContactName;

  @Column(name = "contact_phone")
  private String sealedContactPhone;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  @Column(name = "beautician_id")
  private String beauticianId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Version private long version;

  /** For JPA. */
  protected ServiceOrder() {}

  /** A new order; {@code seal} encrypts each personal field before it is kept. */
  public static ServiceOrder place(
      String number, String customerId, ServiceDetails details, ColumnSeal seal, Instant now) {
    if (!OrderNumbers.wellFormed(number)) {
      throw new IllegalArgumentException("not an order number");
    }
    if (customerId == null || customerId.isBlank()) {
      throw DomainException.forbidden("only a customer may place an order");
    }
    ServiceOrder order = new ServiceOrder();
    order.number = number;
    order.customerId = customerId;
    order.city = details.city();
    order.serviceArea = areaOf(details.city());
    order.items = String.join("\n", details.items());
    order.amount = details.amount();
    order.forAnotherPerson = details.forAnotherPerson();
    order.sealedServiceAddress = seal.apply("service_address", details.serviceAddress());
    order.sealedContactName = seal.apply("contact_name", details.contactName());
    order.sealedContactPhone = seal.apply("contact_phone", details.contactPhone());
    order.status = OrderStatus.PLACED;
    order.createdAt = now;
    return order;
  }

  /**
   * The area of a city's service as orders keep it: the name trimmed and in lower case, so that a
   * registry's "Shanghai" covers an order's " shanghai" (as {@code ServiceScope.covers} compares).
   */
  public static String areaOf(String city) {
    return city == null ? null : city.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Names the account of the person the order is for (ORD-1); the order is then for another person.
   * Whether the customer may order for them (a child's guardian consent) is the service's check
   * before the order is placed.
   */
  public void forRecipient(String recipient) {
    if (recipient == null || recipient.isBlank()) {
      throw DomainException.invalid("recipientId", "is required");
    }
    if (recipient.length() > 100) {
      throw DomainException.invalid("recipientId", "is not an account id");
    }
    if (recipient.equals(customerId)) {
      throw DomainException.invalid(
          "recipientId", "names the customer; leave it out for an order for yourself");
    }
    recipientId = recipient;
    forAnotherPerson = true;
  }

  /** Operations assigns (or re-assigns) the beautician of an active order. */
  public void assign(String beautician) {
    if (beautician == null || beautician.isBlank()) {
      throw DomainException.invalid("beauticianId", "is required");
    }
    requireActive();
    beauticianId = beautician;
    status = OrderStatus.ASSIGNED;
  }

  /** The service was done: the beautician loses sight of the address and contact. */
  public void complete(Instant now) {
    if (status != OrderStatus.ASSIGNED) {
      throw DomainException.conflict("only an assigned order can be completed; it is " + status);
    }
    status = OrderStatus.COMPLETED;
    endedAt = now;
  }

  /** The order was called off: the beautician loses sight of the address and contact. */
  public void cancel(Instant now) {
    requireActive();
    status = OrderStatus.CANCELLED;
    endedAt = now;
  }

  /**
   * The customer id an anonymised order carries: no key, pseudonym or link back to the person
   * (RET-4).
   */
  public static final String ANONYMISED = "anonymised";

  /**
   * Anonymises an ended order (DSR-2, ID-7, RET-4): the customer, the recipient and the sealed
   * service address, contact name and phone are replaced by {@value #ANONYMISED} (sealed again with
   * {@code seal}, so the columns keep their shape); the transaction facts — number, city, items,
   * amount, status, dates, beautician — stay as the business record the E-Commerce Law asks for
   * (art. 31). An active order cannot be anonymised (CONFLICT): it is cancelled or served first.
   */
  public void anonymise(ColumnSeal seal) {
    if (status.active()) {
      throw DomainException.conflict(
          "an active order (" + status + ") is not anonymised; it ends first");
    }
    customerId = ANONYMISED;
    recipientId = null;
    sealedServiceAddress = seal.apply("service_address", ANONYMISED);
    sealedContactName = seal.apply("contact_name", ANONYMISED);
    sealedContactPhone = seal.apply("contact_phone", ANONYMISED);
  }

  /**
   * Corrects a personal field (a CORRECTION request): {@code field} is serviceAddress, contactName
   * or contactPhone, checked as on entry, then sealed with {@code seal}. An anonymised order has
   * none (CONFLICT).
   */
  public void correct(String field, String value, ColumnSeal seal) {
    if (anonymised()) {
      throw DomainException.conflict("the order is anonymised");
    }
    String checked = ServiceDetails.corrected(field, value);
    switch (field) {
      case "serviceAddress" -> sealedServiceAddress = seal.apply("service_address", checked);
      case "contactName" -> sealedContactName = seal.apply("contact_name", checked);
      default -> sealedContactPhone = seal.apply("contact_phone", checked);
    }
  }

  /**
   * Removes the link to the person the order was for (their erasure); the order stays the
   * customer's.
   */
  public void forgetRecipient() {
    recipientId = null;
  }

  /** Whether the order was anonymised. */
  public boolean anonymised() {
    return ANONYMISED.equals(customerId);
  }

  /** Whether {@code accountId} is the beautician assigned to this order while it is active. */
  public boolean servedNowBy(String accountId) {
    return status.active() && beauticianId != null && beauticianId.equals(accountId);
  }

  /** The personal fields, opened with {@code open}. */
  public Personal personal(ColumnSeal open) {
    return new Personal(
        open.apply("service_address", sealedServiceAddress),
        open.apply("contact_name", sealedContactName),
        open.apply("contact_phone", sealedContactPhone));
  }

  /** The opened personal fields of an order. */
  public record Personal(String serviceAddress, String contactName, String contactPhone) {}

  private void requireActive() {
    if (!status.active()) {
      throw DomainException.conflict("the order has ended (" + status + ")");
    }
  }

  public String number() {
    return number;
  }

  public String customerId() {
    return customerId;
  }

  public String city() {
    return city;
  }

  public List<String> items() {
    return Arrays.asList(items.split("\n"));
  }

  public BigDecimal amount() {
    return amount;
  }

  public boolean forAnotherPerson() {
    return forAnotherPerson;
  }

  /** The account the order is for, when the customer named one. */
  public Optional<String> recipientId() {
    return Optional.ofNullable(recipientId);
  }

  public OrderStatus status() {
    return status;
  }

  public Optional<String> beauticianId() {
    return Optional.ofNullable(beauticianId);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }
}
