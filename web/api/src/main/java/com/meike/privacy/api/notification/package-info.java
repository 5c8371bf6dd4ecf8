/**
 * The notification context over HTTP: an app user's push devices and the notices they were sent
 * with their delivery status; the notice templates for staff.
 */
package com.meike.privacy.api.notification;
