/**
 * Conduct records (RET-3): findings of serious violations of laws or the platform agreement and the
 * platform credit records that follow, kept permanently with the stated reason.
 */
package com.meike.privacy.incidents.domain.conduct;
