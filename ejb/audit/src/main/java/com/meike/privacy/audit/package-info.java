/**
 * The audit context (AUD-1): an append-only, hash-chained trail of who did what to which record.
 */
package com.meike.privacy.audit;
