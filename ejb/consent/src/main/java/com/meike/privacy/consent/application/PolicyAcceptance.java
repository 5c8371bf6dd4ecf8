package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Accepting the policy in force, which covers its necessary purposes only. Fields as in {@link
 * ConsentRequest}; an on-site notice is not a channel for it.
 */
public record PolicyAcceptance(
    @NotNull(message = "is required") @Valid SubjectId subject,
    String channel,
    String actedAs,
    String actor) {}
