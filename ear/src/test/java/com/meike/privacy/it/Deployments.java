package com.meike.privacy.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR as Maven built it — tests deploy exactly what operators deploy. */
final class Deployments {

  private Deployments() {}

  static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("meike.ear", "target/meike-privacy.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
