package com.meike.privacy.notification.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * What to tell whom: the person's account id, the template, its parameters (JSON values: text,
 * numbers, booleans), and whether it is a service notice (always sent) or marketing (only with the
 * marketing consent). The category must match the template's. A campaign names the partner message
 * ({@code messageId}, a name-based UUID on campaign and person) so that a notice sent again after a
 * crash is kept once; otherwise it is null and the message gets a new random id. A missing or
 * malformed {@code subject} is refused by the container before {@link Notifications} runs (issue
 * 13, typed ids).
 */
public record Notice(
    @NotNull(message = "is required") @Valid SubjectId subject,
    String templateId,
    Map<String, ?> params,
    NoticeCategory category,
    String messageId) {

  /** A notice whose partner message gets a new random id. */
  public Notice(
      SubjectId subject, String templateId, Map<String, ?> params, NoticeCategory category) {
    this(subject, templateId, params, category, null);
  }
}
