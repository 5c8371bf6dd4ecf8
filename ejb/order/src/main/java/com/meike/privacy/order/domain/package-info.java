/**
 * The order context's domain model: plain classes (JPA-annotated entities allowed), no container.
 */
package com.meike.privacy.order.domain;
