package com.meike.privacy.order.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.identity.application.AppUserRegistration.AccountView;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.order.application.OrderRequest;
import com.meike.privacy.order.application.OrderView;
import com.meike.privacy.order.application.ServiceContact;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.ServiceOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DefaultOrderServiceTest {

  static final String CUSTOMER = "customer-1";
  static final String BEAUTICIAN = "beautician-1";
  static final String OTHER_BEAUTICIAN = "beautician-2";

  final InMemoryOrders orders = new InMemoryOrders();
  final AppUserRegistration accounts = mock(AppUserRegistration.class);
  final AuditTrail auditTrail = mock(AuditTrail.class);
  final RefusalRecorder refusals = mock(RefusalRecorder.class);
  final DefaultOrderService service = new DefaultOrderService();

  @BeforeEach
  void wire() {
    service.orders = orders;
    service.keys = new OrderKeys(new FieldCipher("k1", new byte[32]));
    service.accounts = accounts;
    service.auditTrail = auditTrail;
    service.refusals = refusals;
    service.clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    for (String id : List.of(BEAUTICIAN, OTHER_BEAUTICIAN)) {
      when(accounts.account(id)).thenReturn(Optional.of(new AccountView(id, "BEAUTICIAN", "PENDING", Instant.EPOCH)));
    }
    when(accounts.account(CUSTOMER)).thenReturn(Optional.of(new AccountView(CUSTOMER, "CUSTOMER", "NONE", Instant.EPOCH)));
  }

  OrderView placed() {
    return service.place(
        new OrderRequest("Room 5, 12 Xinhua Rd", "Li Na", "+8613812345678", List.of("facial", "massage"),
            new BigDecimal("268.00"), "Shanghai", true),
        CUSTOMER);
  }

  @Test
  void theCustomerSeesTheOrderWithItsPersonalFieldsWhichAreStoredOnlyEncrypted() {
    OrderView order = placed();

    assertThat(order.orderNumber()).matches("MK[0-9]{16}");
    assertThat(order.status()).isEqualTo("PLACED");
    assertThat(service.ordersOf(CUSTOMER)).singleElement()
        .satisfies(mine -> assertThat(mine.contactPhone()).isEqualTo("+8613812345678"));
    ServiceOrder stored = orders.byNumber.get(order.orderNumber());
    assertThat(stored.personal(sealed -> sealed).serviceAddress()).startsWith("k1:").doesNotContain("Xinhua");
    assertThat(service.ordersOf("someone-else")).isEmpty();
  }

  @Test
  void onlyTheAssignedBeauticianSeesTheContactAndOnlyWhileTheOrderIsActive() {
    String number = placed().orderNumber();
    assertThat(refusal(() -> service.serviceContact(number, BEAUTICIAN)).kind()).isEqualTo(Kind.FORBIDDEN);

    OrderView assigned = service.assign(number, BEAUTICIAN, "ops.agent");
    assertThat(assigned.contactPhone()).as("staff views carry no personal fields").isNull();
    ServiceContact contact = service.serviceContact(number, BEAUTICIAN);
    assertThat(contact.serviceAddress()).isEqualTo("Room 5, 12 Xinhua Rd");
    assertThat(contact.contactPhone()).isEqualTo("+8613812345678");
    assertThat(refusal(() -> service.serviceContact(number, OTHER_BEAUTICIAN)).kind()).isEqualTo(Kind.FORBIDDEN);

    service.complete(number, BEAUTICIAN, false);
    assertThat(refusal(() -> service.serviceContact(number, BEAUTICIAN)).kind()).isEqualTo(Kind.FORBIDDEN);
    verify(refusals, atLeastOnce()).record(any());
  }

  @Test
  void everyDisclosureIsAuditedWithoutPersonalData() {
    String number = placed().orderNumber();
    service.assign(number, BEAUTICIAN, "ops.agent");
    service.serviceContact(number, BEAUTICIAN);

    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, atLeastOnce()).record(events.capture());
    assertThat(events.getAllValues()).extracting(AuditEvent::action)
        .contains("order.placed", "order.assigned", "order.service-contact.disclosed");
    assertThat(events.getAllValues()).allSatisfy(event ->
        assertThat(event.detail()).doesNotContain("Xinhua", "Li Na", "13812345678"));
  }

  @Test
  void onlyABeauticianAccountCanBeAssignedAndEndedOrdersCannotBeReassigned() {
    String number = placed().orderNumber();

    assertThat(refusal(() -> service.assign(number, CUSTOMER, "ops.agent")).field()).isEqualTo("beauticianId");
    assertThat(refusal(() -> service.assign(number, "nobody", "ops.agent")).field()).isEqualTo("beauticianId");
    assertThat(refusal(() -> service.assign("MK2026112900000000", BEAUTICIAN, "ops.agent")).kind())
        .isEqualTo(Kind.NOT_FOUND);
    service.cancel(number, CUSTOMER, false);
    assertThat(refusal(() -> service.assign(number, BEAUTICIAN, "ops.agent")).kind()).isEqualTo(Kind.CONFLICT);
  }

  @Test
  void onlyOperationsOrTheCustomerCancelAndOnlyOperationsOrTheAssignedBeauticianComplete() {
    String number = placed().orderNumber();
    service.assign(number, BEAUTICIAN, "ops.agent");

    assertThat(refusal(() -> service.cancel(number, BEAUTICIAN, false)).kind()).isEqualTo(Kind.FORBIDDEN);
    assertThat(refusal(() -> service.complete(number, OTHER_BEAUTICIAN, false)).kind()).isEqualTo(Kind.FORBIDDEN);
    assertThat(service.complete(number, "ops.agent", true).status()).isEqualTo("COMPLETED");
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertThat(refusal(() -> service.place(
        new OrderRequest("addr", "Li", "+8613812345678", List.of("facial"), null, "Shanghai", false), CUSTOMER))
        .field()).isEqualTo("amount");
    assertThat(orders.byNumber).isEmpty();
  }

  private static DomainException refusal(Runnable action) {
    return catchThrowableOfType(DomainException.class, action::run);
  }

  static final class InMemoryOrders implements OrderRepository {
    final Map<String, ServiceOrder> byNumber = new LinkedHashMap<>();

    @Override
    public Optional<ServiceOrder> find(String number) {
      return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public boolean exists(String number) {
      return byNumber.containsKey(number);
    }

    @Override
    public List<ServiceOrder> ofCustomer(String customerId) {
      List<ServiceOrder> found = new ArrayList<>(
          byNumber.values().stream().filter(o -> o.customerId().equals(customerId)).toList());
      found.sort(Comparator.comparing(ServiceOrder::createdAt).reversed());
      return found;
    }

    @Override
    public void add(ServiceOrder order) {
      byNumber.put(order.number(), order);
    }
  }
}
