package com.meike.privacy.consent.application;

/**
 * CDI event raised inside the publishing transaction. For a major change, {@code subjectsToNotify}
 * people were marked to consent again; the partners context observes it and sends each of them a
 * push notification (their ids come page by page from {@link
 * PolicyVersions#subjectsAwaitingReconsent}).
 */
public record PolicyVersionPublished(String version, boolean major, int subjectsToNotify) {}
