/**
 * The recording context's domain model: plain classes (JPA-annotated entities allowed), no
 * container.
 */
package com.meike.privacy.recording.domain;
