/**
 * Adapters of the notification context: persistence, and its implementations of other contexts'
 * ports.
 */
package com.meike.privacy.notification.infrastructure;
