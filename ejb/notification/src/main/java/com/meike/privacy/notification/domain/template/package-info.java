/** Notice templates: Chinese text with named parameters, category, channel and purpose. */
package com.meike.privacy.notification.domain.template;
