/**
 * Small cryptographic building blocks for sensitive fields (DATA-3): an authenticated field cipher
 * (AES-GCM) and a keyed hash (HMAC-SHA256) for equality look-ups. Keys always come from
 * configuration or a credential store, never from code.
 */
package com.meike.privacy.kernel.crypto;
