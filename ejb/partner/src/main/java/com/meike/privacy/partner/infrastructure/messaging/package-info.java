/** The partners context's messaging adapters. */
package com.meike.privacy.partner.infrastructure.messaging;
