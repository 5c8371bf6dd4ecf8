package com.meike.privacy.consent.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The consent history's retention rule ({@link ConsentHistoryRetention}) on the kernel's retention
 * timer ({@link RetentionJob}); a deleted entry no longer matches.
 */
@Startup
@Singleton
@DependsOn("ConsentSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConsentHistoryRetentionJob extends RetentionJob {

  @Inject ConsentHistoryRetention retention;

  public ConsentHistoryRetentionJob() {
    super("consent-history");
  }

  @Override
  protected int batch(int size) {
    return retention.deleteDue(size);
  }
}
