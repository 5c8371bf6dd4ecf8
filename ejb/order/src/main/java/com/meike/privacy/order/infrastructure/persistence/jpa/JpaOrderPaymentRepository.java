package com.meike.privacy.order.infrastructure.persistence.jpa;

import com.meike.privacy.order.domain.payment.OrderPayment;
import com.meike.privacy.order.domain.payment.OrderPaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link OrderPaymentRepository} on JPA (unit {@code order}). */
@ApplicationScoped
public class JpaOrderPaymentRepository implements OrderPaymentRepository {

  @PersistenceContext(unitName = "order")
  private EntityManager entityManager;

  /** For the container. */
  public JpaOrderPaymentRepository() {}

  /** Outside a container (tests): on the given entity manager. */
  public JpaOrderPaymentRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<OrderPayment> find(String messageId) {
    return Optional.ofNullable(entityManager.find(OrderPayment.class, messageId));
  }

  @Override
  public Optional<OrderPayment> latestOf(String orderNumber) {
    return entityManager
        .createQuery(
            "select p from OrderPayment p where p.orderNumber = :number order by p.requestedAt desc",
            OrderPayment.class)
        .setParameter("number", orderNumber)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public java.util.Map<String, OrderPayment> latestOfCustomerOrders(String customerId) {
    java.util.Map<String, OrderPayment> latest = new java.util.HashMap<>();
    entityManager
        .createQuery(
            "select p from OrderPayment p where p.orderNumber in"
                + " (select o.number from ServiceOrder o where o.customerId = :customer)"
                + " order by p.requestedAt desc",
            OrderPayment.class)
        .setParameter("customer", customerId)
        .setHint(JpaOrderRepository.READ_ONLY, true)
        .getResultList()
        .forEach(p -> latest.putIfAbsent(p.orderNumber(), p));
    return latest;
  }

  @Override
  public void add(OrderPayment payment) {
    entityManager.persist(payment);
  }
}
