package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.domain.ledger.ActedAs;
import com.meike.privacy.consent.domain.ledger.ConsentAct;
import com.meike.privacy.consent.domain.ledger.ConsentChannel;
import com.meike.privacy.consent.domain.subject.SubjectId;

/** Reads a {@link ConsentAct} from the fields of a request, naming the field that is wrong. */
final class ConsentActs {

  private ConsentActs() {}

  /**
   * Blank {@code actedAs} means {@code SELF}; blank {@code actor} acting as {@code SELF} means the
   * subject.
   */
  static ConsentAct parse(
      com.meike.privacy.kernel.subject.SubjectId subject,
      String channel,
      String actedAs,
      String actor,
      String recordedBy) {
    SubjectId subjectId = SubjectId.of(subject, "subject");
    ConsentChannel parsedChannel = ConsentChannel.parse(channel);
    ActedAs parsedActedAs =
        actedAs == null || actedAs.isBlank() ? ActedAs.SELF : ActedAs.parse(actedAs);
    SubjectId actorId =
        (actor == null || actor.isBlank()) && parsedActedAs == ActedAs.SELF
            ? subjectId
            : SubjectId.of(actor, "actor");
    return new ConsentAct(subjectId, parsedChannel, parsedActedAs, actorId, recordedBy);
  }
}
