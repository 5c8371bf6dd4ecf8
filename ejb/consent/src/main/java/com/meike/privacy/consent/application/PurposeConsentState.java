package com.meike.privacy.consent.application;

/**
 * Where one person stands on one purpose of the policy in force: what the consent check answers now
 * ({@code allowed}, {@code reason}) and the ledger entry it rests on ({@code entrySequence}, null
 * when there is none).
 */
public record PurposeConsentState(
    String purpose,
    String necessity,
    boolean sensitive,
    boolean separateConsent,
    boolean allowed,
    String reason,
    Long entrySequence) {}
