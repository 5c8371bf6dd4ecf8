/** Verification of the audit trail's hash chain (AUD-1). */
package com.meike.privacy.api.audit;
