package com.meike.privacy.rights.archfixture;

import com.meike.privacy.rights.domain.vault.VaultRepository;
import java.time.Instant;

/**
 * Violates RET-2 on purpose (ArchitectureTest): a class of the running system reads the vault's
 * table.
 */
public class QueriesTheVaultTable {

  VaultRepository vault;

  int count(String hash) {
    return vault.of(hash, Instant.now()).size();
  }
}
