/** Schema migrations of the order context. */
package com.meike.privacy.order.infrastructure.persistence;
