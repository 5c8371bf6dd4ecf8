/** The lawful-disclosure context's adapters: persistence. */
package com.meike.privacy.lawful.infrastructure;
