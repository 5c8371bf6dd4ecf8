package com.meike.privacy.consent.application;

import java.util.List;

/**
 * A purpose of the catalogue as the API shows it (DATA-1). {@code separateConsent} says whether it
 * needs a consent of its own (optional or sensitive) rather than being covered by accepting the
 * policy; {@code retiredIn} is null while no published version dropped it; {@code partners} are
 * partner ids of the external contract.
 */
public record PurposeView(
    String code,
    String kind,
    String nameZh,
    String nameEn,
    String dataItems,
    String description,
    String necessity,
    boolean sensitive,
    boolean separateConsent,
    boolean personalOnlyWhenLinked,
    boolean impliedConsentAllowed,
    String legalBasis,
    String retentionRule,
    String policyReference,
    String policyVersion,
    String retiredIn,
    List<String> partners) {}
