/** Persistence of the rights context. */
package com.meike.privacy.rights.infrastructure;
