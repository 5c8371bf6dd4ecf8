package com.meike.privacy.consent.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The impact-assessment register's retention rule ({@link ImpactAssessmentRetention}) on the
 * kernel's timer.
 */
@Startup
@Singleton
@DependsOn("ConsentSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ImpactAssessmentRetentionJob extends RetentionJob {

  @Inject ImpactAssessmentRetention retention;

  public ImpactAssessmentRetentionJob() {
    super("impact-assessment");
  }

  @Override
  protected int batch(int size) {
    return retention.deleteDue(size);
  }
}
