/**
 * Complaints (CMP-1) over HTTP: app users file complaints, follow them and reply to requests for
 * information; staff read the statistics. Handling happens in Tasklist (process {@code
 * complaint-escalation}).
 */
package com.meike.privacy.api.complaint;
