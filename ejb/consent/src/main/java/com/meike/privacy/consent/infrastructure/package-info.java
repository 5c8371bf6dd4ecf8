/** Adapters of the consent context to the platform: persistence (JPA, schema migrations). */
package com.meike.privacy.consent.infrastructure;
