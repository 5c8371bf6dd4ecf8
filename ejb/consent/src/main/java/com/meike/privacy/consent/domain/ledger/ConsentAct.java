package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.consent.domain.subject.SubjectId;
import java.util.Objects;

/**
 * Who acts for whom, and how: the person the consent is about ({@code subject}), the person whose
 * will it is ({@code actor}: the subject, or the guardian of a child), in which right ({@code
 * actedAs}), through which {@code channel}, and who entered it in our systems ({@code recordedBy}:
 * the actor in the app, a staff member at customer service, the beautician for an on-site notice).
 * Whether the combination is allowed is decided by {@link ConsentRules}.
 */
public record ConsentAct(
    SubjectId subject,
    ConsentChannel channel,
    ActedAs actedAs,
    SubjectId actor,
    String recordedBy) {

  public ConsentAct {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(actedAs, "actedAs");
    Objects.requireNonNull(actor, "actor");
    recordedBy = recordedBy == null ? "" : recordedBy.strip();
  }
}
