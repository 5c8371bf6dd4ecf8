/**
 * The incidents context's domain model: plain rules on JPA-annotated entities, no infrastructure.
 */
package com.meike.privacy.incidents.domain;
