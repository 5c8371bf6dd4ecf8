/**
 * The consent context (CON-*, DATA-1, DATA-2, ID-6): the purpose catalogue seeded from the privacy
 * policy, the published policy versions and the re-consent they may require, the append-only
 * consent ledger, the consent check every other context asks before it uses personal information,
 * the register of the named exceptions where no consent is needed, and the children whose optional
 * processing needs their guardian's consent.
 */
package com.meike.privacy.consent;
