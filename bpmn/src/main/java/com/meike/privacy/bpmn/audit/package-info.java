/** The expressions of {@code regulatory-threshold-review} (AUD-4). */
package com.meike.privacy.bpmn.audit;
