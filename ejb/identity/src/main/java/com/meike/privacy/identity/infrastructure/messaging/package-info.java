/** Messaging adapters of the identity context. */
package com.meike.privacy.identity.infrastructure.messaging;
