/** The lawful-disclosure context's domain: rules without infrastructure. */
package com.meike.privacy.lawful.domain;
