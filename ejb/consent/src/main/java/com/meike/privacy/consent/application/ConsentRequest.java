package com.meike.privacy.consent.application;

/**
 * Giving or withdrawing consent to one purpose: about {@code subject} (an account id), for {@code
 * purpose} (a purpose code), through {@code channel} ({@code POPUP}, {@code SETTINGS}, {@code
 * CUSTOMER_SERVICE}, {@code ONSITE_NOTICE}), by {@code actor} acting as {@code actedAs} ({@code
 * SELF} or {@code GUARDIAN}). Blank {@code actedAs} means {@code SELF}; blank {@code actor} acting
 * as {@code SELF} means the subject. Validated by the service.
 */
public record ConsentRequest(
    String subject, String purpose, String channel, String actedAs, String actor) {}
