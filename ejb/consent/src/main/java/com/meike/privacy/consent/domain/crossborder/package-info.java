/**
 * Transfers of personal information abroad (DATA-4, Part 2 §IV(3)): refused unless the planned
 * transfer has a completed impact assessment and the person's separate consent to it.
 */
package com.meike.privacy.consent.domain.crossborder;
