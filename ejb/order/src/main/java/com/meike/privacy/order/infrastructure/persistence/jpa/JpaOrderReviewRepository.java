package com.meike.privacy.order.infrastructure.persistence.jpa;

import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.OrderReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link OrderReviewRepository} on JPA (unit {@code order}); joins the caller's transaction. */
@ApplicationScoped
public class JpaOrderReviewRepository implements OrderReviewRepository {

  @PersistenceContext(unitName = "order")
  private EntityManager entityManager;

  /** For the container. */
  public JpaOrderReviewRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaOrderReviewRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<OrderReview> find(String orderNumber) {
    return Optional.ofNullable(entityManager.find(OrderReview.class, orderNumber));
  }

  @Override
  public List<OrderReview> ofOrders(java.util.Collection<String> orderNumbers) {
    List<String> numbers = List.copyOf(orderNumbers);
    List<OrderReview> found = new java.util.ArrayList<>();
    for (int from = 0; from < numbers.size(); from += 1000) {
      found.addAll(
          entityManager
              .createQuery(
                  "select r from OrderReview r where r.orderNumber in :numbers", OrderReview.class)
              .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
              .getResultList());
    }
    return found;
  }

  @Override
  public List<OrderReview> ofCustomerOrders(String customerId) {
    return entityManager
        .createQuery(
            "select r from OrderReview r where r.orderNumber in"
                + " (select o.number from ServiceOrder o where o.customerId = :customer)",
            OrderReview.class)
        .setParameter("customer", customerId)
        .setHint(JpaOrderRepository.READ_ONLY, true)
        .getResultList();
  }

  /** Flushes at once, so that a second review of the same order fails here, inside the service. */
  @Override
  public void add(OrderReview review) {
    entityManager.persist(review);
    entityManager.flush();
  }
}
