/**
 * An authority's disclosure request (DISC-1): the legal document, the subject and the scope, the
 * screening rules (a foreign request needs a PRC approval, DISC-1a; public disclosure needs a
 * compulsory order, DISC-2), legal's decision, and the encrypted package with its one-time key.
 */
package com.meike.privacy.lawful.domain.request;
