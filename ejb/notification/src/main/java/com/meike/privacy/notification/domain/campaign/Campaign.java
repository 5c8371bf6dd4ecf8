package com.meike.privacy.notification.domain.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A campaign row: what it is for ({@code purpose} such as {@code BREACH}, {@code reference} such as
 * the incident id), the template and its parameters (the approved text), its state and counters.
 */
public record Campaign(
    String id,
    String purpose,
    String reference,
    String templateId,
    Map<String, String> params,
    CampaignState state,
    long selected,
    long sent,
    long unreached,
    String startedBy,
    Instant startedAt,
    String stateBy,
    Instant stateAt,
    Instant finishedAt) {

  /**
   * A UUID like every message id partners see, but name-based (RFC 4122 version 3) on campaign and
   * person, so a notice sent again after a crash is the same message: the outbox (primary key) and
   * the broker (duplicate detection) keep it once.
   */
  public static String messageId(String campaignId, String subjectId) {
    return UUID.nameUUIDFromBytes(
            ("campaign:" + campaignId + ":" + subjectId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
