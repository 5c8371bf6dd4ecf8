package com.meike.privacy.partner.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The deletion orders' retention rule ({@link DeletionOrderRetention}) on the kernel's retention
 * timer ({@link RetentionJob}); a deleted order no longer matches.
 */
@Startup
@Singleton
@DependsOn("PartnerSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeletionOrderRetentionJob extends RetentionJob {

  @Inject DeletionOrderRetention retention;

  public DeletionOrderRetentionJob() {
    super("deletion-order");
  }

  @Override
  protected int batch(int size) {
    return retention.deleteDue(size);
  }
}
