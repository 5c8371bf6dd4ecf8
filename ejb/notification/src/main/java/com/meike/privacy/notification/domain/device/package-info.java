/** Devices that receive push notices, with their encrypted push tokens. */
package com.meike.privacy.notification.domain.device;
