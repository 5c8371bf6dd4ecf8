/** The notification context's domain: devices, templates, notices and the choice of channel. */
package com.meike.privacy.notification.domain;
