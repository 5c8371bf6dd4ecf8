package com.meike.privacy.rights.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.rights.domain.request.AccessPackage;
import com.meike.privacy.rights.domain.request.DataSubjectRequest;
import com.meike.privacy.rights.domain.request.ErasureRecord;
import com.meike.privacy.rights.domain.shutdown.CollectingService;
import com.meike.privacy.rights.domain.shutdown.DisposalCount;
import com.meike.privacy.rights.domain.shutdown.RemainingCount;
import com.meike.privacy.rights.domain.shutdown.Shutdown;
import com.meike.privacy.rights.domain.shutdown.ShutdownState;
import com.meike.privacy.rights.infrastructure.persistence.jpa.JpaDataSubjectRequestRepository;
import com.meike.privacy.rights.infrastructure.persistence.jpa.JpaShutdownRepository;
import com.meike.privacy.testsupport.ContextDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RET-1, RET-4 for the rights context's records of what was done (H2, the real schema): erasure
 * records are deleted three years after the erasure, closed shutdowns anonymised three years after
 * they closed — exactly those that are due, the clock moved rather than waited for.
 */
@Tag("RET-1")
@Tag("RET-4")
class RecordRetentionOnH2Test {

  static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");
  static final Instant DUE = T0.plus(Duration.ofDays(1095));

  final ContextDatabase db =
      ContextDatabase.of(
          "rights",
          DataSubjectRequest.class,
          AccessPackage.class,
          ErasureRecord.class,
          CollectingService.class,
          Shutdown.class,
          DisposalCount.class,
          RemainingCount.class);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "RET-1: an erasure record goes three years after the erasure; a younger one stays, with its request")
  void erasureRecordsGo() {
    db.execute(
        "insert into rights_request (id, subject_id, requested_by, channel, kind, verification,"
            + " repeated, state, received_at, escalated, overdue, row_version) values ('r-1', 'u-1',"
            + " 'u-1', 'APP', 'CANCELLATION', 'STAFF', false, 'FULFILLED', ?1, false, false, 0)",
        T0);
    erasure("e-old", T0);
    erasure("e-young", T0.plus(Duration.ofDays(30)));

    assertThat(deleteErasures(DUE)).as("not a moment early").isZero();
    assertThat(deleteErasures(DUE.plusSeconds(1))).isEqualTo(1);
    assertThat(deleteErasures(DUE.plusSeconds(1))).as("done rows no longer match").isZero();

    assertThat(db.texts("select id from rights_erasure_record order by id"))
        .containsExactly("e-young");
    assertThat(db.texts("select id from rights_request")).containsExactly("r-1");
  }

  @Test
  @DisplayName(
      "RET-1, RET-4: a shutdown verified or rejected three years ago keeps its service, state and counts but no staff name, comment or account cursor; the service still collects nothing; younger and running ones stay")
  void closedShutdownsAnonymised() {
    shutdown("s-verified", "VERIFIED", T0);
    shutdown("s-rejected", "REJECTED", T0.minus(Duration.ofDays(1)));
    shutdown("s-young", "VERIFIED", T0.plus(Duration.ofDays(30)));
    shutdown("s-running", "DISPOSING", null);

    assertThat(anonymiseShutdowns(DUE.minus(Duration.ofDays(1)))).isZero();
    assertThat(anonymiseShutdowns(DUE.plusSeconds(1))).isEqualTo(2);
    assertThat(anonymiseShutdowns(DUE.plusSeconds(1))).as("done rows no longer match").isZero();

    assertThat(
            db.texts(
                "select id from rights_shutdown where requested_by = 'anonymised'"
                    + " and (decided_by is null or decided_by = 'anonymised')"
                    + " and (verified_by is null or verified_by = 'anonymised')"
                    + " and decision_comment is null and notice_cursor is null and disposal_cursor is null"
                    + " order by id"))
        .containsExactly("s-rejected", "s-verified");
    assertThat(
            db.texts("select id from rights_shutdown where requested_by = 'ops.head' order by id"))
        .containsExactly("s-running", "s-young");
    assertThat(
            db.texts(
                "select state from rights_shutdown where id = 's-verified' and people_disposed = 7"))
        .containsExactly("VERIFIED");
    List<Shutdown> stopped =
        db.inTransaction(
            em -> new JpaShutdownRepository(em).inStates(Set.of(ShutdownState.VERIFIED)));
    assertThat(stopped)
        .as("the collection stop stands on the record")
        .extracting(Shutdown::id)
        .contains("s-verified");
  }

  void erasure(String id, Instant at) {
    db.execute(
        "insert into rights_erasure_record (id, request_id, context_name, deleted_rows,"
            + " anonymised_rows, kept, erased_at) values ('"
            + id
            + "', 'r-1', 'order', 1, 2, 'transaction records kept', ?1)",
        at);
  }

  void shutdown(String id, String state, Instant closedAt) {
    db.execute(
        "insert into rights_shutdown (id, service_code, shutdown_date, reason, requested_by,"
            + " requested_at, state, decided_by, decided_at, decision_comment, notice_cursor,"
            + " notices_sent, people_disposed, deletion_orders, disposal_cursor, verified_by,"
            + " verified_at, row_version) values ('"
            + id
            + "', 'feature.visit-recording', ?2, '服务下线 feature retired', 'ops.head', ?1, '"
            + state
            + "', 'privacy.officer', ?1, '同意 approved by Li', 'u-99', 3, 7, 1, 'u-99',"
            + (closedAt == null ? " null, null" : " 'privacy.officer', ?1")
            + ", 0)",
        closedAt == null ? T0.plus(Duration.ofDays(2000)) : closedAt,
        LocalDate.of(2026, 2, 1));
  }

  int deleteErasures(Instant now) {
    return db.inTransaction(
        em -> {
          RequestRetention retention = new RequestRetention();
          retention.requests = new JpaDataSubjectRequestRepository(em);
          retention.auditTrail = mock(AuditTrail.class);
          retention.clock = Clock.fixed(now, ZoneOffset.UTC);
          retention.erasureDays = 1095;
          return retention.deleteErasures(10);
        });
  }

  int anonymiseShutdowns(Instant now) {
    return db.inTransaction(
        em -> {
          ShutdownRetention retention = new ShutdownRetention();
          retention.shutdowns = new JpaShutdownRepository(em);
          retention.auditTrail = mock(AuditTrail.class);
          retention.clock = Clock.fixed(now, ZoneOffset.UTC);
          retention.days = 1095;
          return retention.anonymiseDue(10);
        });
  }
}
