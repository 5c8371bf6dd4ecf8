package com.meike.privacy.rights.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The access-package category's retention rule ({@link RequestRetention#expirePackages}) on the
 * kernel's retention timer ({@link RetentionJob}); a row done no longer matches.
 */
@Startup
@Singleton
@DependsOn("RightsSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AccessPackageRetentionJob extends RetentionJob {

  @Inject RequestRetention retention;

  public AccessPackageRetentionJob() {
    super("access-package");
  }

  @Override
  protected int batch(int size) {
    return retention.expirePackages(size);
  }
}
