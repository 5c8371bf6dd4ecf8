/**
 * The people the consent context speaks about, by id only ({@link
 * com.meike.privacy.consent.domain.subject.SubjectId}): account ids of the identity context, never
 * phone numbers or names, so that the ledger and the audit trail hold no contact data.
 */
package com.meike.privacy.consent.domain.subject;
