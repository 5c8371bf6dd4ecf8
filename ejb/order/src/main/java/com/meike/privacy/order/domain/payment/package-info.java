/**
 * An order's payments (ORD-3): each asks the chosen payment partner to collect the order's amount;
 * only the order number, amount and currency travel, and the partner's reply settles it.
 */
package com.meike.privacy.order.domain.payment;
