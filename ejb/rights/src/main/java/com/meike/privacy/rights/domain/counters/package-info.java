/**
 * The regulator's counters (AUD-4): thresholds that oblige the company to act, and how near the
 * counts from the records are to each. Plain Java, no container.
 */
package com.meike.privacy.rights.domain.counters;
