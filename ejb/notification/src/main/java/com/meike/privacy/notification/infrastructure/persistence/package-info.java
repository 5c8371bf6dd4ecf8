/** The notification context's schema and repositories. */
package com.meike.privacy.notification.infrastructure.persistence;
