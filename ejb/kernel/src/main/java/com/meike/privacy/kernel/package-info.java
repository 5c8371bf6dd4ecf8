/**
 * Shared kernel of every context: problem types, audit event vocabulary and hash-chain rules, the
 * clock, schema migration. Holds no state and no tables of its own.
 */
package com.meike.privacy.kernel;
