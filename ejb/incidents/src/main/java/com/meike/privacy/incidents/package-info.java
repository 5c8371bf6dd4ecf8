/**
 * The incidents context (CMP-*, later INC-* and SHUT-*): for now complaints — filing, the tiers
 * they escalate through, the 15-working-day answer period and its clock pause, answers, closing and
 * statistics. The {@code complaint-escalation} process in the bpmn module drives it.
 */
package com.meike.privacy.incidents;
