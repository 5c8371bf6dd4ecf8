/**
 * The consent ledger (CON-1..4, ID-6): the append-only {@link
 * com.meike.privacy.consent.domain.ledger.ConsentEntry} (who, which purpose, which policy version,
 * given or withdrawn, when, through which channel, as themselves or as a guardian), the rules that
 * decide what may be recorded and what a check answers ({@link
 * com.meike.privacy.consent.domain.ledger.ConsentRules}, {@link
 * com.meike.privacy.consent.domain.ledger.Decision}), and the closed list of exceptions where no
 * consent is needed ({@link com.meike.privacy.consent.domain.ledger.LegalException}) with the
 * register of their uses ({@link com.meike.privacy.consent.domain.ledger.ExceptionUse}).
 *
 * <p>Nothing here changes or removes an entry: a withdrawal is a new entry, and the latest entry
 * for a person and purpose is the one that counts. Plain classes; time is always passed in.
 */
package com.meike.privacy.consent.domain.ledger;
