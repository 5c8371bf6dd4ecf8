/**
 * The archive vault (RET-2): the legal minimum kept after a deletion or cancellation, sealed under
 * its own key, in its own table, opened only for a lawful disclosure (DISC-1).
 */
package com.meike.privacy.rights.domain.vault;
