/** The order aggregate: its number, details, status and assigned beautician. */
package com.meike.privacy.order.domain.order;
