package com.meike.privacy.notification.application.internal;

import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** The devices' retention rule ({@link DeviceRetention}) on the kernel's retention timer. */
@Startup
@Singleton
@DependsOn("NotificationSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeviceRetentionJob extends RetentionJob {

  @Inject DeviceRetention retention;

  public DeviceRetentionJob() {
    super("device");
  }

  @Override
  protected int batch(int size) {
    return retention.deleteDue(size);
  }
}
