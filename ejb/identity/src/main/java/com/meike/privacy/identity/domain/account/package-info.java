/**
 * App users' accounts (ID-1, ID-3): an account id, the verified phone number (kept as a keyed hash
 * for look-up and as ciphertext, DATA-3), the role, and for beauticians and merchants the status of
 * their extra verification.
 */
package com.meike.privacy.identity.domain.account;
