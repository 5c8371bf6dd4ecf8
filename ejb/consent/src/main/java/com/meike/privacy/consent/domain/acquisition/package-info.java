/**
 * Personal information obtained from third parties (CON-6, Part 2 §I (十一) 2): recorded only with
 * the person's prior consent and the source's written commitment that it collected lawfully.
 */
package com.meike.privacy.consent.domain.acquisition;
