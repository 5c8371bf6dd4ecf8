package com.meike.privacy.notification.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The notice category's retention rule ({@link NoticeRetention}) on the kernel's retention timer
 * ({@link RetentionJob}); a deleted notice no longer matches.
 */
@Startup
@Singleton
@DependsOn("NotificationSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NoticeRetentionJob extends RetentionJob {

  @Inject NoticeRetention retention;

  public NoticeRetentionJob() {
    super("notice");
  }

  @Override
  protected int batch(int size) {
    return retention.deleteDue(size);
  }
}
