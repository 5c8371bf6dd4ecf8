/** How the consent context talks to partners. */
package com.meike.privacy.consent.infrastructure.messaging;
