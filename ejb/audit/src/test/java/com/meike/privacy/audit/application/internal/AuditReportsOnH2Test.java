package com.meike.privacy.audit.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.audit.application.AuditReports.ActionCount;
import com.meike.privacy.audit.application.AuditReports.Activity;
import com.meike.privacy.audit.application.AuditReports.ActorCount;
import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditCheckpoint;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditLink;
import com.meike.privacy.audit.domain.trail.UnchainedEntry;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AUD-3: the security-risk report's activity comes from the audit trail of the period")
class AuditReportsOnH2Test {

  static final Instant DAY = Instant.parse("2026-11-02T00:00:00Z");

  ContextDatabase db;

  /** The report's own audit entries. */
  final List<AuditEvent> recorded = new ArrayList<>();

  final AuditTrail trail =
      new AuditTrail() {
        @Override
        public void record(AuditEvent event) {
          recorded.add(event);
        }

        @Override
        public ChainVerification verify() {
          throw new UnsupportedOperationException();
        }
      };

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "audit",
            AuditEntry.class,
            UnchainedEntry.class,
            AuditLink.class,
            AuditCheckpoint.class,
            AuditChainHead.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  void entry(String actor, String action, Instant at) {
    inTransaction(
        em -> {
          em.persist(
              AuditEntry.of(
                  new AuditEvent(actor, action, "order", "MK2026110200000001", "detail"), at));
          return null;
        });
  }

  Activity report(Instant from, Instant to) {
    return inTransaction(
        em -> {
          DefaultAuditReports reports = new DefaultAuditReports();
          reports.entityManager = em;
          reports.auditTrail = trail;
          return reports.activity(from, to, "privacy.officer");
        });
  }

  @Test
  @DisplayName(
      "AUD-3: actions counted with how many people did them, the busiest first, refusals apart, only inside the period")
  void activityOfThePeriod() {
    entry("cs.agent", "recording.played", DAY.plusSeconds(60));
    entry("cs.agent", "recording.played", DAY.plusSeconds(120));
    entry("ops.head", "recording.played", DAY.plusSeconds(180));
    entry("ops.agent", "order.service-contact.refused", DAY.plusSeconds(240));
    entry("cs.agent", "recording.played", DAY.minusSeconds(1));
    entry("cs.agent", "recording.played", DAY.plusSeconds(86_400));

    Activity activity = report(DAY, DAY.plusSeconds(86_400));

    assertThat(activity.entries()).isEqualTo(4);
    assertThat(activity.actions())
        .containsExactly(
            new ActionCount("recording.played", 3, 2),
            new ActionCount("order.service-contact.refused", 1, 1));
    assertThat(activity.busiestActors().get(0))
        .isEqualTo(new ActorCount("cs.agent", "recording.played", 2));
    assertThat(activity.refusals())
        .containsExactly(new ActionCount("order.service-contact.refused", 1, 1));
    assertThat(recorded)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("audit.activity-reported");
              assertThat(e.actor()).isEqualTo("privacy.officer");
            });
  }

  @Test
  @DisplayName("AUD-3: a period must end after it starts and cover at most 366 days")
  void periodsAreChecked() {
    assertThat(catchThrowableOfType(() -> report(DAY, DAY), DomainException.class).field())
        .isEqualTo("to");
    assertThat(
            catchThrowableOfType(
                    () -> report(DAY, DAY.plusSeconds(367L * 86_400)), DomainException.class)
                .getMessage())
        .contains("366 days");
  }
}
