/**
 * The consent context's domain model: plain classes (JPA-annotated entities allowed), no container.
 * One package per aggregate: {@code catalogue}, {@code policy}, {@code ledger}, {@code child}.
 */
package com.meike.privacy.consent.domain;
