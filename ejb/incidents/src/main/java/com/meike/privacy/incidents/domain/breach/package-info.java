/**
 * Security incidents (INC-1..4): a breach of personal information, its grade under the 2025
 * national measures, its clocks (report to the regulator, notices to people), its history and its
 * reports.
 */
package com.meike.privacy.incidents.domain.breach;
