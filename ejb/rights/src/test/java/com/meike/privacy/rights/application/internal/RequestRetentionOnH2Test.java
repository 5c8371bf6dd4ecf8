package com.meike.privacy.rights.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.rights.domain.request.AccessPackage;
import com.meike.privacy.rights.domain.request.DataSubjectRequest;
import com.meike.privacy.rights.domain.request.ErasureRecord;
import com.meike.privacy.rights.infrastructure.persistence.jpa.JpaDataSubjectRequestRepository;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RET-1, RET-4 for the rights context's categories on the real schema (H2): access packages never
 * downloaded are deleted after 30 days, closed requests anonymised after three years — exactly
 * those that are due, in batches, with the clock moved rather than waited for.
 */
@Tag("RET-1")
@Tag("RET-4")
class RequestRetentionOnH2Test {

  static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

  ContextDatabase db;
  Instant now = T0;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "rights", DataSubjectRequest.class, AccessPackage.class, ErasureRecord.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "RET-1: an access package never downloaded is deleted 30 days after it was built, exactly those due, in batches; the row stays as the record")
  void packagesExpire() {
    request("r-1", "u-1", "FULFILLED", T0);
    request("r-2", "u-2", "FULFILLED", T0.plus(Duration.ofDays(5)));
    request("r-3", "u-3", "FULFILLED", T0);
    pkg("r-1", T0);
    pkg("r-2", T0.plus(Duration.ofDays(5)));
    pkg("r-3", T0);

    now = T0.plus(Duration.ofDays(30)).minusSeconds(1);
    assertThat(run(r -> r.expirePackages(10))).isZero();
    now = T0.plus(Duration.ofDays(30)).plusSeconds(1);
    assertThat(run(r -> r.expirePackages(1))).isEqualTo(1);
    assertThat(run(r -> r.expirePackages(10))).isEqualTo(1);
    assertThat(run(r -> r.expirePackages(10))).isZero();
    assertThat(sealedPackages()).containsExactly("r-2");
    assertThat(count("select count(*) from rights_access_package")).isEqualTo(3);
  }

  @Test
  @DisplayName(
      "RET-1, RET-4: closed requests are anonymised three years after they came in — nothing left that names the person or links to them; open ones and younger ones stay")
  void closedRequestsAnonymised() {
    request("r-old", "u-1", "FULFILLED", T0);
    request("r-refused", "u-2", "REFUSED", T0.plus(Duration.ofDays(1)));
    request("r-open", "u-3", "IN_PROGRESS", T0);
    request("r-young", "u-4", "FULFILLED", T0.plus(Duration.ofDays(400)));
    pkg("r-old", T0);

    now = T0.plus(Duration.ofDays(1095)).plus(Duration.ofDays(2));
    assertThat(run(r -> r.anonymiseRequests(1))).isEqualTo(1);
    assertThat(run(r -> r.anonymiseRequests(10))).isEqualTo(1);
    assertThat(run(r -> r.anonymiseRequests(10))).isZero();

    List<?> anonymised =
        inTransaction(
            em ->
                em.createNativeQuery(
                        "select id from rights_request where subject_id = 'anonymised'"
                            + " order by id")
                    .getResultList());
    assertThat(anonymised).extracting(Object::toString).containsExactly("r-old", "r-refused");
    assertThat(
            count(
                "select count(*) from rights_request where subject_id in ('u-1', 'u-2') or requested_by in ('u-1', 'u-2')"
                    + " or details_sealed is not null and subject_id = 'anonymised' or deletion_order_id is not null and subject_id = 'anonymised'"
                    + " or complaint_number is not null and subject_id = 'anonymised'"))
        .as("no name, no sealed text, no link to the deletion order or the complaint (RET-4)")
        .isZero();
    assertThat(sealedPackages()).isEmpty();
    assertThat(count("select count(*) from rights_request where subject_id in ('u-3', 'u-4')"))
        .isEqualTo(2);
  }

  int run(Function<RequestRetention, Integer> work) {
    return inTransaction(
        em -> {
          RequestRetention retention = new RequestRetention();
          retention.requests = new JpaDataSubjectRequestRepository(em);
          retention.auditTrail = mock(AuditTrail.class);
          retention.clock = Clock.fixed(now, ZoneOffset.UTC);
          retention.packageDays = 30;
          retention.requestDays = 1095;
          return work.apply(retention);
        });
  }

  void request(String id, String subject, String state, Instant receivedAt) {
    inTransaction(
        em ->
            em.createNativeQuery(
                    "insert into rights_request (id, subject_id, requested_by, channel, kind,"
                        + " details_sealed, verification, repeated, state, received_at, escalated, overdue, refusal_ground, answer_sealed,"
                        + " answered_by, answered_at, deletion_order_id, complaint_number, row_version) values (?1, ?2, ?2, 'APP', 'ACCESS',"
                        + " 'sealed-details', 'PHONE_CODE', false, ?3, ?4, false, false, ?5, 'sealed-answer', 'cs.agent', ?4, 'order-1',"
                        + " 'CMP-1', 0)")
                .setParameter(1, id)
                .setParameter(2, subject)
                .setParameter(3, state)
                .setParameter(4, receivedAt)
                .setParameter(5, "REFUSED".equals(state) ? "EXCESSIVE_TECHNICAL_MEANS" : null)
                .executeUpdate());
  }

  void pkg(String requestId, Instant builtAt) {
    inTransaction(
        em ->
            em.createNativeQuery(
                    "insert into rights_access_package (request_id, sealed_content, sha256, size_bytes,"
                        + " built_at) values (?1, 'sealed-json', 'ab', 11, ?2)")
                .setParameter(1, requestId)
                .setParameter(2, builtAt)
                .executeUpdate());
  }

  @SuppressWarnings("unchecked")
  List<String> sealedPackages() {
    return inTransaction(
        em ->
            em.createNativeQuery(
                    "select request_id from rights_access_package where sealed_content is not null"
                        + " order by request_id")
                .getResultList());
  }

  long count(String sql) {
    return inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
