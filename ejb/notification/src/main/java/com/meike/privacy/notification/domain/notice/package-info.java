/** Notices sent and their delivery status; the choice of channel. */
package com.meike.privacy.notification.domain.notice;
