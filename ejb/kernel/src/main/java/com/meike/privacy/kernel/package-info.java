/** Shared kernel of every context: problem types, audit event vocabulary, hash-chain rules. No state, no infrastructure. */
package com.meike.privacy.kernel;
