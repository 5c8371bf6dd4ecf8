/**
 * Use cases of the notification context as {@code @Local} EJB views — {@link
 * com.meike.privacy.notification.application.Notifications} (tell one person, or a batch), {@link
 * com.meike.privacy.notification.application.Devices} (push registration) and {@link
 * com.meike.privacy.notification.application.NoticeTemplates} — and their records.
 */
package com.meike.privacy.notification.application;
