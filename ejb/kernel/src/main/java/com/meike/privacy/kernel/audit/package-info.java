/**
 * Audit vocabulary and the hash-chain rules (AUD-1) that link entries and verify a stored chain.
 */
package com.meike.privacy.kernel.audit;
