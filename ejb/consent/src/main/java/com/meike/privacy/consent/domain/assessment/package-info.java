/**
 * The register of personal-information impact assessments (AUD-3, PIPL arts. 55–56): every
 * assessment names the processing it allows — sensitive processing or an automated decision (a
 * purpose of the catalogue), sharing with a partner (partner and purpose), a transfer abroad (a
 * registered transfer) — with its date, conclusion and approver, and is kept at least three years.
 * The latest assessment in force for a processing decides whether it may happen.
 */
package com.meike.privacy.consent.domain.assessment;
