/**
 * One-time phone verification codes (ID-1, ID-2): only a keyed hash of the code is kept; a code
 * expires, is used once, dies after too many wrong attempts, and codes are rate-limited per phone
 * and per client address.
 */
package com.meike.privacy.identity.domain.verification;
