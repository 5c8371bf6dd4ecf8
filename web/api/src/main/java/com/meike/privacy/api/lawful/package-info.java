/** Authorities' disclosure requests (DISC-1, DISC-1a, DISC-2, REC-9): legal's side of the API. */
package com.meike.privacy.api.lawful;
