package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Recording that {@code subject} is a child under 14, with their {@code guardian} (both account
 * ids, their format checked on the service's interface) and the {@code basis} ({@code BIRTH_DATE}
 * or {@code DECLARATION}, checked by the service).
 */
public record ChildMarking(
    @NotNull(message = "is required") @Valid SubjectId subject,
    @NotNull(message = "is required") @Valid SubjectId guardian,
    String basis) {}
