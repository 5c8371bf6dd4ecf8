package com.meike.privacy.identity.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The verification-code category's retention rule ({@link VerificationCodeRetention}) on the
 * kernel's retention timer ({@link RetentionJob}); a deleted code no longer matches.
 */
@Startup
@Singleton
@DependsOn("IdentitySchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VerificationCodeRetentionJob extends RetentionJob {

  @Inject VerificationCodeRetention retention;

  public VerificationCodeRetentionJob() {
    super("verification-code");
  }

  @Override
  protected int batch(int size) {
    return retention.deleteDue(size);
  }
}
