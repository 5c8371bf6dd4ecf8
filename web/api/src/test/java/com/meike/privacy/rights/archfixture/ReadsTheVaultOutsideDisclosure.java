package com.meike.privacy.rights.archfixture;

import com.meike.privacy.kernel.rights.ArchiveReader;
import java.util.Set;

/**
 * Violates RET-2 on purpose (ArchitectureTest): a class outside the lawful disclosure path opens
 * the vault.
 */
public class ReadsTheVaultOutsideDisclosure {

  ArchiveReader archive;

  int peek(String subject) {
    return archive.openForDisclosure(subject, Set.of("profile.basic"), "none", "nobody").size();
  }
}
