package com.meike.privacy.recording.infrastructure.persistence;

import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The recording context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/recording}. A start-up bean that needs these tables declares
 * {@code @DependsOn("RecordingSchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class RecordingSchema extends ContextSchema {
  public RecordingSchema() {
    super("recording");
  }
}
