/** Implementations of the notification context's services, its keys and its event observers. */
package com.meike.privacy.notification.application.internal;
