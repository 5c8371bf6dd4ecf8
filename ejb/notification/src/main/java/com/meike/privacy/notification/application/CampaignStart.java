package com.meike.privacy.notification.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A notice campaign to start (INC-2; the shutdown notices use the same): what it is for ({@code
 * purpose}, upper-case such as {@code BREACH}) and its {@code reference} (such as the incident id;
 * one campaign per purpose and reference), the service template and its text parameters (the
 * approved text), and who is concerned: everyone whose personal information of the {@code
 * categories} (purpose codes) was held at {@code heldAt}, plus the listed {@code subjects}. A
 * child's notice goes to the guardian; the template's {@code forChild} parameter says so. A
 * malformed listed subject is refused by the container before {@link NoticeCampaigns} runs.
 */
public record CampaignStart(
    String purpose,
    String reference,
    String templateId,
    Map<String, String> params,
    Set<String> categories,
    Instant heldAt,
    List<@NotNull(message = "is required") @Valid SubjectId> subjects) {}
