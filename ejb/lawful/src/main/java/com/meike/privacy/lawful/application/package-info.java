/**
 * The lawful-disclosure context's public face: {@link
 * com.meike.privacy.lawful.application.LawfulDisclosures} and the event that starts the review.
 */
package com.meike.privacy.lawful.application;
