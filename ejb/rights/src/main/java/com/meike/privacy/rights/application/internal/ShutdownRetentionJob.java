package com.meike.privacy.rights.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The shutdown records' retention rule ({@link ShutdownRetention}) on the kernel's retention timer
 * ({@link RetentionJob}); a record done no longer matches.
 */
@Startup
@Singleton
@DependsOn("RightsSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ShutdownRetentionJob extends RetentionJob {

  @Inject ShutdownRetention retention;

  public ShutdownRetentionJob() {
    super("shutdown");
  }

  @Override
  protected int batch(int size) {
    return retention.anonymiseDue(size);
  }
}
