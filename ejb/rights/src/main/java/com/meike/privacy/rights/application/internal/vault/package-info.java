/**
 * The archive vault (RET-2): {@link
 * com.meike.privacy.rights.application.internal.vault.ArchiveVault} puts what the contexts hand
 * over as their legal minimum into the vault and deletes it when its keeping date passes; {@link
 * com.meike.privacy.rights.application.internal.vault.VaultReader} opens it for a lawful disclosure
 * (the kernel's {@link com.meike.privacy.kernel.rights.ArchiveReader}). Only the classes of this
 * package and the vault's repository touch the vault's table, and only the lawful context's
 * disclosure path uses the reader (ArchitectureTest).
 */
package com.meike.privacy.rights.application.internal.vault;
