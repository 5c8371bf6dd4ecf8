/** Domain of the rights context: plain classes, unit-tested without a container. */
package com.meike.privacy.rights.domain;
