/**
 * The one way a context finds, exports and deletes or anonymises what it holds about one person
 * (DSR-1, DSR-2, DSR-3, ID-7): each context that holds personal data implements {@link
 * com.meike.privacy.kernel.rights.PersonalDataHolder} as one of its application services; the
 * {@code rights} context (data-subject requests) and the shutdown disposal orchestrate them. No SQL
 * across contexts.
 */
package com.meike.privacy.kernel.rights;
