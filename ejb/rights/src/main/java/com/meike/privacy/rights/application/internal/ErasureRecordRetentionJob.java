package com.meike.privacy.rights.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The erasure records' retention rule ({@link RequestRetention#deleteErasures}) on the kernel's
 * retention timer ({@link RetentionJob}); a deleted record no longer matches.
 */
@Startup
@Singleton
@DependsOn("RightsSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ErasureRecordRetentionJob extends RetentionJob {

  @Inject RequestRetention retention;

  public ErasureRecordRetentionJob() {
    super("erasure-record");
  }

  @Override
  protected int batch(int size) {
    return retention.deleteErasures(size);
  }
}
