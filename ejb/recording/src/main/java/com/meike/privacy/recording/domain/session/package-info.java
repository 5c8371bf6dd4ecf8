/**
 * Recording sessions (REC-1, REC-2, REC-10): one order's visit from the beautician's arrival to the
 * stop a configurable time after the service ends; the rules that decide whether recording may
 * start (city switched on, both parties' consent or the customer's implied consent on site, apps
 * new enough to ask for consent); failures as states with causes; and the resumable chunk protocol
 * that feeds the sealed audio store (REC-3).
 */
package com.meike.privacy.recording.domain.session;
