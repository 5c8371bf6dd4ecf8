/**
 * Use cases of the consent context as {@code @Local} EJB views — {@link
 * com.meike.privacy.consent.application.PurposeCatalogue}, {@link
 * com.meike.privacy.consent.application.PolicyVersions}, {@link
 * com.meike.privacy.consent.application.ConsentLedger}, {@link
 * com.meike.privacy.consent.application.ConsentCheck} and {@link
 * com.meike.privacy.consent.application.ChildRegister} — their request and view records, and the
 * CDI events the context raises ({@link
 * com.meike.privacy.consent.application.PolicyVersionPublished}, {@link
 * com.meike.privacy.consent.application.ConsentWithdrawn}, {@link
 * com.meike.privacy.consent.application.ChildMarked}). Other contexts and the {@code bpmn} and web
 * modules depend on this package only (and on the domain's value types it names: {@link
 * com.meike.privacy.consent.domain.ledger.Decision}, {@link
 * com.meike.privacy.consent.domain.ledger.LegalException}).
 */
package com.meike.privacy.consent.application;
