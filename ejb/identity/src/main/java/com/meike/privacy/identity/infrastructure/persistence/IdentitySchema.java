package com.meike.privacy.identity.infrastructure.persistence;

import com.meike.privacy.identity.application.internal.DemoDirectorySeeder;
import com.meike.privacy.kernel.persistence.ContextSchema;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity context's registration with the kernel's schema migration ({@link ContextSchema}):
 * {@code db/migration/identity}. After the migration (the superclass's callback runs first), and
 * only in the demo configuration ({@code meike.demo.enabled=true}, default false), adds the demo
 * staff directory where it is missing, in its own container-managed transaction ({@link
 * DemoDirectorySeeder}). A start-up bean that needs the directory declares
 * {@code @DependsOn("IdentitySchema")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class IdentitySchema extends ContextSchema {

  private static final Logger LOG = Logger.getLogger(IdentitySchema.class.getName());

  @Inject private DemoDirectorySeeder demoDirectorySeeder;

  @Inject
  @ConfigProperty(name = "meike.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  public IdentitySchema() {
    super("identity");
  }

  @PostConstruct
  void seedDemoDirectory() {
    if (demoEnabled) {
      DemoDirectorySeeder.Seeded seeded = demoDirectorySeeder.seedMissing();
      LOG.info(
          () ->
              "Demo staff directory: "
                  + seeded.departments()
                  + " department(s) and "
                  + seeded.staff()
                  + " staff member(s) added");
    }
  }
}
