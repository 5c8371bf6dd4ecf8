/**
 * The lawful-disclosure review (DISC-1, DISC-1a, DISC-2, REC-9) as the engine sees it: the
 * expressions its BPMN calls ({@link com.meike.privacy.bpmn.lawful.LawfulDisclosureProcess}) and
 * how a registered request starts it. Everything decided here is decided by the lawful context's
 * {@link com.meike.privacy.lawful.application.LawfulDisclosures}.
 */
package com.meike.privacy.bpmn.lawful;
