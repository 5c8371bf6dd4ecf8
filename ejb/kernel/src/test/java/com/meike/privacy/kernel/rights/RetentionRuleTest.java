package com.meike.privacy.kernel.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.audit.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one batch step of a days-based retention rule: the cut-off, the removal, the audit entry. */
@Tag("RET-1")
class RetentionRuleTest {

  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final RetentionJob.Rule NOTICES =
      new RetentionJob.Rule(
          "notification.retention.deleted",
          "notification_notice",
          "%1$d notice record(s) sent before %2$s deleted (%3$d-day rule, RET-1)");

  final List<AuditEvent> audited = new ArrayList<>();
  Instant askedBefore;
  int askedLimit;

  int run(int due) {
    return NOTICES.apply(
        Clock.fixed(NOW, ZoneOffset.UTC),
        180,
        500,
        (cutoff, limit) -> {
          askedBefore = cutoff;
          askedLimit = limit;
          return Math.min(due, limit);
        },
        audited::add);
  }

  @Test
  @DisplayName(
      "RET-1: a batch removes what fell due the rule's days ago, at most the batch size, and audits the count once")
  void aBatchRemovesWhatIsDueAndAuditsTheCountOnce() {
    assertThat(run(3)).isEqualTo(3);

    assertThat(askedBefore).isEqualTo(Instant.parse("2026-06-10T10:00:00Z"));
    assertThat(askedLimit).isEqualTo(500);
    assertThat(audited)
        .containsExactly(
            new AuditEvent(
                "system",
                "notification.retention.deleted",
                "retention",
                "notification_notice",
                "3 notice record(s) sent before 2026-06-10T10:00:00Z deleted (180-day rule,"
                    + " RET-1)"));
  }

  @Test
  @DisplayName("RET-1: a batch with nothing due writes no audit entry")
  void nothingDueIsNotAudited() {
    assertThat(run(0)).isZero();
    assertThat(audited).isEmpty();
  }
}
