/** JMS adapters: verification codes to the SMS partner's queue, in the caller's JTA transaction. */
package com.meike.privacy.identity.infrastructure.messaging.jms;
