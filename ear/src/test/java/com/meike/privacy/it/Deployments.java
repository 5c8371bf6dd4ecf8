package com.meike.privacy.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR as Maven built it — tests deploy exactly what operators deploy. */
final class Deployments {

  private Deployments() {}

  static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("meike.ear", "target/meike-privacy.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /**
   * The real EAR plus a probe web module at {@code /<name>} (listed in application.xml, or it is
   * not deployed).
   */
  static EnterpriseArchive earWithProbe(String name, Class<?>... classes) {
    EnterpriseArchive ear = ear();
    ear.addAsModule(ShrinkWrap.create(WebArchive.class, name + ".war").addClasses(classes));
    String applicationXml;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ear.delete("META-INF/application.xml");
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "</application>",
                "<module><web><web-uri>"
                    + name
                    + ".war</web-uri><context-root>/"
                    + name
                    + "</context-root></web></module></application>")));
    return ear;
  }
}
