package com.meike.privacy.notification.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
 * malformed purpose, reference or listed subject is refused by the container before {@link
 * NoticeCampaigns} runs (issue 13: checked on the interface, not by hand in the service).
 */
public record CampaignStart(
    @NotNull(message = "is required")
        @Pattern(regexp = CampaignStart.PURPOSE, message = CampaignStart.PURPOSE_MESSAGE)
        String purpose,
    @NotBlank(message = "is required")
        @Size(max = CampaignStart.MAX_REFERENCE, message = CampaignStart.REFERENCE_MESSAGE)
        String reference,
    String templateId,
    Map<String, String> params,
    Set<String> categories,
    Instant heldAt,
    List<@NotNull(message = "is required") @Valid SubjectId> subjects) {

  /** What a campaign is for: upper-case letters and underscores, such as {@code BREACH}. */
  public static final String PURPOSE = "[A-Z][A-Z_]{0,31}";

  public static final String PURPOSE_MESSAGE =
      "must be upper-case letters such as BREACH (用途为大写字母，例如 BREACH)";

  public static final int MAX_REFERENCE = 64;

  public static final String REFERENCE_MESSAGE = "must be at most 64 characters (引用编号不超过 64 个字符)";
}
