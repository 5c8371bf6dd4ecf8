/**
 * Policy versions (CON-5): each published {@link
 * com.meike.privacy.consent.domain.policy.PolicyVersion} with its text, kept for ever so old
 * versions stay readable; whether it is a major change and of which of the six kinds of Part 2
 * §VIII ({@link com.meike.privacy.consent.domain.policy.MajorChangeKind}); and the {@link
 * com.meike.privacy.consent.domain.policy.ReconsentRequirement}s a major change creates for
 * everyone who has ever consented.
 *
 * <p>Plain classes: time is always passed in; nothing here reads a clock or the configuration.
 */
package com.meike.privacy.consent.domain.policy;
