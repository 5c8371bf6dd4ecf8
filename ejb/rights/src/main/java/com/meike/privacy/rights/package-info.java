/**
 * The rights context (DSR-*, ID-7): the person's requests about their own information, their
 * verification, the 15-working-day deadline, refusals on named grounds, access packages and
 * deletion or cancellation carried out by every context through its own {@link
 * com.meike.privacy.kernel.rights.PersonalDataHolder}.
 */
package com.meike.privacy.rights;
