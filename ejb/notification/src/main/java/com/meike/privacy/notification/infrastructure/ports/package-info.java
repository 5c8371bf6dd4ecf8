/**
 * The notification context's implementations of ports that identity and consent define — the SMS
 * code sender and the re-consent notices — so that those contexts tell people through this one
 * service without depending on it.
 */
package com.meike.privacy.notification.infrastructure.ports;
