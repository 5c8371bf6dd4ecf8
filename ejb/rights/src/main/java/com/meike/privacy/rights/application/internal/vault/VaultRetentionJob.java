package com.meike.privacy.rights.application.internal.vault;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The archive vault's retention rule ({@link ArchiveVault#expireDue}) on the kernel's retention
 * timer ({@link RetentionJob}): a record past its keeping date is deleted; a deleted row no longer
 * matches.
 */
@Startup
@Singleton
@DependsOn("RightsSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VaultRetentionJob extends RetentionJob {

  @Inject ArchiveVault vault;

  public VaultRetentionJob() {
    super("archive-vault");
  }

  @Override
  protected int batch(int size) {
    return vault.expireDue(size);
  }
}
