/**
 * Orders: customers place them, operations assigns beauticians, the beautician sees the contact
 * (ORD-1, ORD-2).
 */
package com.meike.privacy.api.order;
