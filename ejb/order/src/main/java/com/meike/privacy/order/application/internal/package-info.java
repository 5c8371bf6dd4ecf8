/** Implementations of the order context's services; not for other contexts. */
package com.meike.privacy.order.application.internal;
