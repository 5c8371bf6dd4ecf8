/** The children's incident plan as a versioned document, and its yearly drills (INC-3). */
package com.meike.privacy.incidents.domain.plan;
