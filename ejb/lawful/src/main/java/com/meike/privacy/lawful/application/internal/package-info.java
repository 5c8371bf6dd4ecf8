/** Implementations of the lawful-disclosure context's services; not for other contexts. */
package com.meike.privacy.lawful.application.internal;
