package com.meike.privacy.incidents.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.incidents.domain.complaint.AttachmentContent;
import com.meike.privacy.incidents.domain.complaint.AttachmentPolicy;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintAttachment;
import com.meike.privacy.incidents.domain.complaint.ComplaintEntry;
import com.meike.privacy.incidents.domain.complaint.ComplaintPolicy;
import com.meike.privacy.incidents.domain.complaint.RecordingAccessLink;
import com.meike.privacy.incidents.infrastructure.persistence.jpa.JpaComplaintRepository;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RET-1, RET-4 for complaints on the real schema (H2): answered complaints are anonymised three
 * years after their answer by the same code as an erasure — exactly those due, in batches, open
 * ones never — with the clock moved, not waited for; then a re-identification attempt finds
 * nothing.
 */
@Tag("RET-1")
@Tag("RET-4")
class ComplaintRetentionOnH2Test {

  static final Instant FILED = Instant.parse("2026-01-05T02:00:00Z");
  static final FieldCipher CIPHER = new FieldCipher("k1", new byte[32]);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 42};

  ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "incidents",
            Complaint.class,
            ComplaintEntry.class,
            ComplaintAttachment.class,
            AttachmentContent.class,
            RecordingAccessLink.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "RET-1, RET-4: an answered complaint is anonymised 3 years after its answer, exactly those due, in batches; an open one never; nothing left names the complainant")
  void answeredComplaintsAnonymisedOnTime() {
    file("CP20260105AA000001", "acc-1", Duration.ofHours(1), true);
    file("CP20260105AA000002", "acc-2", Duration.ofDays(2), false);
    file("CP20260105AA000003", "acc-3", Duration.ofDays(200), false);
    file("CP20260105AA000004", "acc-4", null, false);

    Instant due = FILED.plus(Duration.ofDays(1095));
    assertThat(run(due, 10)).as("answered an hour after filing: 3 years are not over yet").isZero();
    assertThat(run(due.plus(Duration.ofDays(3)), 1)).isEqualTo(1);
    assertThat(run(due.plus(Duration.ofDays(3)), 10)).isEqualTo(1);
    assertThat(run(due.plus(Duration.ofDays(3)), 10)).isZero();

    assertThat(count("select count(*) from complaint where complainant = 'anonymised'"))
        .isEqualTo(2);
    assertThat(count("select count(*) from complaint where complainant in ('acc-1', 'acc-2')"))
        .isZero();
    assertThat(count("select count(*) from complaint_entry where actor in ('acc-1', 'acc-2')"))
        .isZero();
    assertThat(count("select count(*) from complaint_attachment"))
        .as("only acc-1 attached, and it is gone")
        .isZero();
    assertThat(count("select count(*) from complaint_attachment_content")).isZero();
    assertThat(count("select count(*) from complaint where complainant in ('acc-3', 'acc-4')"))
        .isEqualTo(2);
    String text =
        inTransaction(
            em ->
                new JpaComplaintRepository(em)
                    .find("CP20260105AA000001")
                    .orElseThrow()
                    .text(DefaultComplaintService.opening(CIPHER, "CP20260105AA000001")));
    assertThat(text).isEqualTo(Complaint.ANONYMISED);
    assertThat(run(due.plus(Duration.ofDays(5000)), 10))
        .as("the open complaint is never anonymised")
        .isEqualTo(1);
    assertThat(count("select count(*) from complaint where complainant = 'acc-4'")).isEqualTo(1);
  }

  int run(Instant now, int limit) {
    return inTransaction(
        em -> {
          ComplaintRetention retention = new ComplaintRetention();
          retention.complaints = new JpaComplaintRepository(em);
          retention.fields = CIPHER;
          retention.auditTrail = mock(AuditTrail.class);
          retention.clock = Clock.fixed(now, ZoneOffset.UTC);
          retention.days = 1095;
          return retention.anonymiseDue(limit);
        });
  }

  /** A complaint filed at FILED, answered {@code answeredAfter} later (null: still open). */
  void file(String number, String complainant, Duration answeredAfter, boolean attachment) {
    inTransaction(
        em -> {
          JpaComplaintRepository repository = new JpaComplaintRepository(em);
          Complaint complaint =
              Complaint.file(
                  number,
                  complainant,
                  "SERVICE",
                  null,
                  "The beautician was late, I am " + complainant,
                  FILED,
                  WorkingDayCalendar.weekdaysOnly(),
                  ComplaintPolicy.DEFAULT,
                  DefaultComplaintService.sealing(CIPHER, number));
          repository.store(complaint);
          if (attachment) {
            ComplaintAttachment a =
                complaint.attach(
                    "att-" + number,
                    complainant,
                    "receipt.png",
                    "image/png",
                    PNG,
                    FILED,
                    AttachmentPolicy.DEFAULT,
                    DefaultComplaintService.sealing(CIPHER, number));
            repository.storeContent(
                new AttachmentContent(
                    a.id(),
                    CIPHER.sealBytes(
                        PNG,
                        SealBinding.column("complaint_attachment_content", "sealed_content"))));
          }
          if (answeredAfter != null) {
            complaint.answer(
                "cs.agent",
                "We apologise.",
                "UPHELD",
                FILED.plus(answeredAfter),
                DefaultComplaintService.sealing(CIPHER, number));
          }
          return null;
        });
  }

  long count(String sql) {
    return inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
