/**
 * The complaint aggregate (CMP-1): a {@link com.meike.privacy.incidents.domain.complaint.Complaint}
 * with its history entries, the tiers it escalates through, its deadlines on the working-day
 * calendar and the clock pause while information is awaited; its repository port.
 */
package com.meike.privacy.incidents.domain.complaint;
