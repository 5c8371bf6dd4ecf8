/**
 * Orders (ORD-1, ORD-2): the context that creates most personal data. A customer places an order;
 * operations assigns a beautician, who sees only the service address and contact, only while the
 * order is active, each disclosure audited.
 */
package com.meike.privacy.order;
