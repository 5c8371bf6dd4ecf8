package com.meike.privacy.partner.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The disclosure log's retention rule ({@link DisclosureRetention}) on the kernel's retention timer
 * ({@link RetentionJob}); a deleted entry no longer matches.
 */
@Startup
@Singleton
@DependsOn("PartnerSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DisclosureRetentionJob extends RetentionJob {

  @Inject DisclosureRetention retention;

  public DisclosureRetentionJob() {
    super("disclosure");
  }

  @Override
  protected int batch(int size) {
    return retention.deleteDue(size);
  }
}
