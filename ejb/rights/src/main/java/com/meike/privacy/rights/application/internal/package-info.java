/** Implementation of the rights context's services (not for other contexts). */
package com.meike.privacy.rights.application.internal;
