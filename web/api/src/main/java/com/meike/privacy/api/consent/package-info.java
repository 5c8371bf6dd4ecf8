/**
 * The purpose catalogue, policy versions, the consent ledger and the consent check (CON-*, DATA-1)
 * over HTTP.
 */
package com.meike.privacy.api.consent;
