package com.meike.privacy.order.infrastructure.persistence.jpa;

import com.meike.privacy.kernel.rights.IdChunks;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.ServiceOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link OrderRepository} on JPA (unit {@code order}); joins the caller's transaction. */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

  /**
   * Hibernate's query hint for entities loaded without a snapshot and left out of the flush's dirty
   * check; shared by this package's repositories.
   */
  static final String READ_ONLY = "org.hibernate.readOnly";

  @PersistenceContext(unitName = "order")
  private EntityManager entityManager;

  /** For the container. */
  public JpaOrderRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaOrderRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<ServiceOrder> find(String number) {
    return Optional.ofNullable(entityManager.find(ServiceOrder.class, number));
  }

  @Override
  public boolean exists(String number) {
    return entityManager
            .createQuery("select count(o) from ServiceOrder o where o.number = :number", Long.class)
            .setParameter("number", number)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<ServiceOrder> ofCustomer(String customerId) {
    return entityManager
        .createQuery(
            "select o from ServiceOrder o where o.customerId = :customer order by o.createdAt desc",
            ServiceOrder.class)
        .setParameter("customer", customerId)
        .getResultList();
  }

  @Override
  public List<ServiceOrder> ofCustomerToRead(String customerId) {
    return entityManager
        .createQuery(
            "select o from ServiceOrder o where o.customerId = :customer order by o.createdAt desc",
            ServiceOrder.class)
        .setParameter("customer", customerId)
        .setHint(READ_ONLY, true)
        .getResultList();
  }

  @Override
  public List<ServiceOrder> forRecipient(String recipientId) {
    return entityManager
        .createQuery(
            "select o from ServiceOrder o where o.recipientId = :recipient order by o.createdAt desc",
            ServiceOrder.class)
        .setParameter("recipient", recipientId)
        .getResultList();
  }

  @Override
  public List<String> endedBefore(java.time.Instant cutoff, int limit) {
    return entityManager
        .createQuery(
            "select o.number from ServiceOrder o where o.endedAt < :cutoff and o.customerId <> :anonymised"
                + " order by o.endedAt, o.number",
            String.class)
        .setParameter("cutoff", cutoff)
        .setParameter("anonymised", ServiceOrder.ANONYMISED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> customersIn(String area, String after, int limit) {
    return entityManager
        .createQuery(
            "select distinct o.customerId from ServiceOrder o where o.serviceArea = :area"
                + " and o.customerId > :after and o.customerId <> :anonymised order by o.customerId",
            String.class)
        .setParameter("area", area)
        .setParameter("after", after == null ? "" : after)
        .setParameter("anonymised", ServiceOrder.ANONYMISED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ServiceOrder> ofCustomerIn(String customerId, String area) {
    return entityManager
        .createQuery(
            "select o from ServiceOrder o where o.serviceArea = :area and o.customerId = :customer"
                + " order by o.number",
            ServiceOrder.class)
        .setParameter("area", area)
        .setParameter("customer", customerId)
        .getResultList();
  }

  /**
   * One index range of {@code ix_service_order_area} per 1,000 customers, from the first to the
   * last of them, filtered to exactly them here: a shutdown's page is contiguous in that index (the
   * page is the next customers after its cursor), and an {@code in} list of 1,000 on the index's
   * second column made H2 compare every row of the city with the whole list (issue 16's benchmark).
   */
  @Override
  public List<ServiceOrder> ofCustomersIn(java.util.Collection<String> customerIds, String area) {
    java.util.Set<String> wanted = new java.util.HashSet<>(customerIds);
    List<ServiceOrder> found = new java.util.ArrayList<>();
    for (List<String> chunk : IdChunks.of(customerIds)) {
      entityManager
          .createQuery(
              "select o from ServiceOrder o where o.serviceArea = :area and o.customerId >= :first"
                  + " and o.customerId <= :last order by o.customerId, o.number",
              ServiceOrder.class)
          .setParameter("area", area)
          .setParameter("first", chunk.get(0))
          .setParameter("last", chunk.get(chunk.size() - 1))
          .getResultStream()
          .filter(o -> wanted.contains(o.customerId()))
          .forEach(found::add);
    }
    return found;
  }

  @Override
  public long countIn(String area, boolean anonymised) {
    return entityManager
        .createQuery(
            "select count(o) from ServiceOrder o where o.serviceArea = :area and "
                + (anonymised ? "o.customerId = :anonymised" : "o.customerId <> :anonymised"),
            Long.class)
        .setParameter("area", area)
        .setParameter("anonymised", ServiceOrder.ANONYMISED)
        .getSingleResult();
  }

  @Override
  public List<ServiceOrder> findAll(java.util.Collection<String> numbers) {
    List<ServiceOrder> found = new java.util.ArrayList<>();
    for (List<String> chunk : IdChunks.of(numbers)) {
      found.addAll(
          entityManager
              .createQuery(
                  "select o from ServiceOrder o where o.number in :numbers", ServiceOrder.class)
              .setParameter("numbers", chunk)
              .getResultList());
    }
    return found;
  }

  @Override
  public void add(ServiceOrder order) {
    entityManager.persist(order);
  }
}
