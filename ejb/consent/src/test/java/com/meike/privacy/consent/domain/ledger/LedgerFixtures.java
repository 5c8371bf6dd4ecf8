package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.consent.domain.subject.SubjectId;
import java.lang.reflect.Field;

/** Ledger helpers for tests without a database. */
public final class LedgerFixtures {

  private LedgerFixtures() {}

  /** Gives {@code entry} the sequence the database would assign when it is appended. */
  public static ConsentEntry numbered(ConsentEntry entry, long sequence) {
    try {
      Field field = ConsentEntry.class.getDeclaredField("sequence");
      field.setAccessible(true);
      field.set(entry, sequence);
      return entry;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The person acting for themselves in the app. */
  public static ConsentAct self(String subject, ConsentChannel channel) {
    return new ConsentAct(
        new SubjectId(subject), channel, ActedAs.SELF, new SubjectId(subject), subject);
  }

  /** A guardian acting for a child in the app. */
  public static ConsentAct guardian(String child, String guardian, ConsentChannel channel) {
    return new ConsentAct(
        new SubjectId(child), channel, ActedAs.GUARDIAN, new SubjectId(guardian), guardian);
  }
}
