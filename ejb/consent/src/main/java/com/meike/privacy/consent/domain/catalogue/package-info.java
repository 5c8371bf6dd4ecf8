/**
 * The purpose catalogue (DATA-1, DATA-2, CON-2): every category of personal information the policy
 * names (Part 1 a–h) and every optional device feature (Part 2 §I (十)) as a {@link
 * com.meike.privacy.consent.domain.catalogue.Purpose} with its necessity, sensitivity, legal basis,
 * retention rule and the {@link com.meike.privacy.consent.domain.catalogue.Partner}s that may
 * receive it. The catalogue is data, seeded by the Flyway migrations and versioned with the policy:
 * a purpose names the policy version that introduced it and, once dropped, the version that retired
 * it.
 *
 * <p>Plain classes: every rule here is reachable from a unit test without a container.
 */
package com.meike.privacy.consent.domain.catalogue;
