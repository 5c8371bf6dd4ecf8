/** The lawful-disclosure context's schema migrations. */
package com.meike.privacy.lawful.infrastructure.persistence;
