/**
 * Children (ID-6, Part 2 §VI): a person identified as under 14, by birth date or declaration, is
 * recorded with their guardian ({@link com.meike.privacy.consent.domain.child.ChildStatus}). From
 * then on their information is processed only on consent their recorded guardian gave (acceptance
 * of the policy and every separate consent); the rule itself lives in {@link
 * com.meike.privacy.consent.domain.ledger.ConsentRules}.
 */
package com.meike.privacy.consent.domain.child;
