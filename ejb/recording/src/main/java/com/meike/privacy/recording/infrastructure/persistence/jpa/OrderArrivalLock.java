package com.meike.privacy.recording.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The row that arrivals for one order lock (SELECT ... FOR UPDATE) before they look for its running
 * session, so two arrivals at the same moment are decided one after the other.
 */
@Entity
@Table(name = "recording_order_lock")
public class OrderArrivalLock {

  @Id
  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "created_at")
  private Instant createdAt;

  /** For JPA. */
  protected OrderArrivalLock() {}

  OrderArrivalLock(String orderNumber, Instant createdAt) {
    this.orderNumber = orderNumber;
    this.createdAt = createdAt;
  }
}
