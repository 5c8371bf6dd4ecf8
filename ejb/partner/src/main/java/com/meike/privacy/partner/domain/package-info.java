/** The partners context's domain: the registry, the outbox with its replies, the disclosure log. */
package com.meike.privacy.partner.domain;
