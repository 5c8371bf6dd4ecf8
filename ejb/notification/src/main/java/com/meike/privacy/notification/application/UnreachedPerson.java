package com.meike.privacy.notification.application;

/** A person a campaign's notice could not reach, for the public announcement, and why. */
public record UnreachedPerson(long seq, String subjectId, boolean child, String reason) {}
