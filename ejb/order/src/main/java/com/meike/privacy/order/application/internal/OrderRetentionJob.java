package com.meike.privacy.order.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The order category's retention rule ({@link OrderRetention}) on the kernel's retention timer
 * ({@link RetentionJob}); an anonymised order no longer matches.
 */
@Startup
@Singleton
@DependsOn("OrderSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OrderRetentionJob extends RetentionJob {

  @Inject OrderRetention retention;

  public OrderRetentionJob() {
    super("order");
  }

  @Override
  protected int batch(int size) {
    return retention.anonymiseDue(size);
  }
}
