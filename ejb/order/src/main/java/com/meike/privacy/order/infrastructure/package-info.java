/** Adapters of the order context to the platform: persistence (JPA, schema migrations). */
package com.meike.privacy.order.infrastructure;
