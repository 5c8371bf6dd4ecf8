package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.domain.staff.DirectoryDefinition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo staff directory, defined once in {@value #RESOURCE} on this module's class path: {@code
 * {"departments": [...], "staff": [...]}} in the shape of {@link DirectoryDefinition}. It holds no
 * passwords; the demo password comes from the deployment's configuration.
 */
final class DemoStaffFile {

  static final String RESOURCE = "identity/demo-staff.json";

  private DemoStaffFile() {}

  /** Reads and checks the demo directory shipped with this module. */
  static DirectoryDefinition read() {
    try (InputStream in = DemoStaffFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the identity module");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses a directory file with JSON-B; fails when it is malformed or inconsistent. */
  static DirectoryDefinition parse(InputStream in) {
    DirectoryDefinition definition;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      definition = jsonb.fromJson(in, DirectoryDefinition.class);
    } catch (RuntimeException e) {
      throw new IllegalStateException("the staff directory file is malformed or inconsistent", e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot release the JSON-B instance", e);
    }
    if (definition == null) {
      throw new IllegalStateException("the staff directory file is empty");
    }
    return definition;
  }
}
