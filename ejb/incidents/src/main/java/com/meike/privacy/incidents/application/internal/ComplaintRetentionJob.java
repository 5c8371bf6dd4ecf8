package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The complaint category's retention rule ({@link ComplaintRetention}) on the kernel's retention
 * timer ({@link RetentionJob}); an anonymised complaint no longer matches.
 */
@Startup
@Singleton
@DependsOn("IncidentsSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplaintRetentionJob extends RetentionJob {

  @Inject ComplaintRetention retention;

  public ComplaintRetentionJob() {
    super("complaint");
  }

  @Override
  protected int batch(int size) {
    return retention.anonymiseDue(size);
  }
}
