package com.meike.privacy.incidents.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.AccountLookup;
import com.meike.privacy.incidents.application.ConductRecords.ConductInput;
import com.meike.privacy.incidents.application.ConductRecords.ConductRecordView;
import com.meike.privacy.incidents.domain.complaint.AttachmentContent;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintAttachment;
import com.meike.privacy.incidents.domain.complaint.ComplaintEntry;
import com.meike.privacy.incidents.domain.complaint.ComplaintPolicy;
import com.meike.privacy.incidents.domain.complaint.RecordingAccessLink;
import com.meike.privacy.incidents.domain.conduct.ConductRecord;
import com.meike.privacy.incidents.infrastructure.persistence.jpa.JpaComplaintRepository;
import com.meike.privacy.incidents.infrastructure.persistence.jpa.JpaConductRecordRepository;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RET-3 on the real schema (H2): a record of a serious violation and the platform credit record
 * that follows are marked permanent with the stated reason, survive the complaint's retention run a
 * century later and the person's erasure (which names them as kept, with the reason), and the
 * schema refuses any other retention.
 */
@Tag("RET-3")
class ConductRecordsOnH2Test {

  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
  static final FieldCipher CIPHER = new FieldCipher("k1", new byte[32]);
  static final String BEAUTICIAN = "acc-beautician";
  static final String COMPLAINT = "CP20261201AB12CD34";

  ContextDatabase db;
  AccountLookup accounts = mock(AccountLookup.class);
  AuditTrail audit = mock(AuditTrail.class);
  com.meike.privacy.consent.application.ConsentCheck consent =
      mock(com.meike.privacy.consent.application.ConsentCheck.class);

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "incidents",
            Complaint.class,
            ComplaintEntry.class,
            ComplaintAttachment.class,
            AttachmentContent.class,
            RecordingAccessLink.class,
            ConductRecord.class);
    when(accounts.byId(eq(SubjectId.of(BEAUTICIAN)), anyString()))
        .thenReturn(
            Optional.of(
                new AccountLookup.SubjectView(
                    BEAUTICIAN, "BEAUTICIAN", null, NOW.minus(Duration.ofDays(400)))));
    // a complaint the beautician filed themselves (about a customer), answered: due for
    // anonymisation after 3 years
    inTransaction(
        em -> {
          Complaint complaint =
              Complaint.file(
                  COMPLAINT,
                  BEAUTICIAN,
                  "SERVICE",
                  null,
                  "A customer threatened me.",
                  NOW,
                  WorkingDayCalendar.weekdaysOnly(),
                  ComplaintPolicy.DEFAULT,
                  DefaultComplaintService.sealing(CIPHER, COMPLAINT));
          new JpaComplaintRepository(em).store(complaint);
          complaint.answer(
              "cs.agent",
              "Handled.",
              "UPHELD",
              NOW.plusSeconds(3600),
              DefaultComplaintService.sealing(CIPHER, COMPLAINT));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "RET-3: a serious violation and its credit record are marked permanent with the stated reason; the finding is sealed")
  void recordedPermanentWithReason() {
    ConductRecordView violation =
        call(
            s ->
                s.record(
                    new ConductInput(
                        BEAUTICIAN,
                        "SERIOUS_VIOLATION",
                        COMPLAINT,
                        "平台服务协议 第 7 条 Platform agreement art. 7: no services outside the platform",
                        "多次私下接单并收取现金 Took orders privately and in cash, three times"),
                    "legal.counsel"));
    ConductRecordView credit =
        call(
            s ->
                s.record(
                    new ConductInput(
                        BEAUTICIAN,
                        "CREDIT_RECORD",
                        null,
                        "信用分扣减 Credit score lowered by 40",
                        "Follows the violation " + "of the platform agreement art. 7"),
                    "legal.counsel"));

    assertThat(List.of(violation, credit))
        .allSatisfy(
            v -> {
              assertThat(v.retention()).isEqualTo("PERMANENT");
              assertThat(v.retentionReason()).contains("Part 2 §IV(二)3").contains("RET-3");
            });
    assertThat(violation.kindLabel()).contains("严重违法违约记录");
    assertThat(
            count(
                "select count(*) from incidents_conduct_record where finding_sealed like '%cash%'"))
        .as("the finding is sealed")
        .isZero();
    List<ConductRecordView> read = call(s -> s.of(BEAUTICIAN, "privacy.officer"));
    org.mockito.Mockito.verify(consent)
        .mayUnderException(
            eq(SubjectId.of(BEAUTICIAN)),
            eq(PurposeCode.of("account.network-identity")),
            eq(com.meike.privacy.consent.domain.ledger.LegalException.OTHER_LEGAL_PROVISION),
            eq("privacy.officer"),
            anyString());
    assertThat(read)
        .extracting(ConductRecordView::finding)
        // both recorded at the same instant: the order between them is not the promise
        .containsExactlyInAnyOrder(
            "多次私下接单并收取现金 Took orders privately and in cash, three times",
            "Follows the violation of the platform agreement art. 7");
  }

  @Test
  @DisplayName(
      "RET-3: neither the complaint retention a century later nor the person's cancellation touches them; the erasure says why they are kept")
  void exemptFromRetentionAndErasure() {
    call(
        s ->
            s.record(
                new ConductInput(
                    BEAUTICIAN,
                    "SERIOUS_VIOLATION",
                    COMPLAINT,
                    "Platform agreement art. 7",
                    "Took orders privately"),
                "legal.counsel"));

    int anonymised =
        inTransaction(
            em -> {
              ComplaintRetention retention = new ComplaintRetention();
              retention.complaints = new JpaComplaintRepository(em);
              retention.fields = CIPHER;
              retention.auditTrail = audit;
              retention.clock = Clock.fixed(NOW.plus(Duration.ofDays(36_500)), ZoneOffset.UTC);
              retention.days = 1095;
              return retention.anonymiseDue(10);
            });
    assertThat(anonymised).as("the complaint itself goes after its 3 years").isEqualTo(1);

    PersonalDataHolder.Erasure erasure =
        inTransaction(em -> holder(em).erase(BEAUTICIAN, true, "cancellation", "privacy.officer"));
    assertThat(erasure.kept())
        .anySatisfy(
            k ->
                assertThat(k)
                    .startsWith("1 conduct record(s) neither deleted nor anonymised")
                    .contains("Part 2 §IV(二)3"));
    assertThat(
            count(
                "select count(*) from incidents_conduct_record where account_id = '"
                    + BEAUTICIAN
                    + "' and retention = 'PERMANENT' and complaint_number = '"
                    + COMPLAINT
                    + "'"))
        .isEqualTo(1);
    List<ConductRecordView> kept = call(s -> s.of(BEAUTICIAN, "privacy.officer"));
    assertThat(kept)
        .singleElement()
        .satisfies(v -> assertThat(v.finding()).isEqualTo("Took orders privately"));
  }

  @Test
  @DisplayName("RET-3: the schema accepts no other retention; bad input names the field")
  void noOtherRetentionAndBadInput() {
    assertThatThrownBy(
            () ->
                inTransaction(
                    em ->
                        em.createNativeQuery(
                                "insert into incidents_conduct_record (id, account_id,"
                                    + " kind, rule_violated, finding_sealed, recorded_by, recorded_at, retention, retention_reason) values ('x', 'a',"
                                    + " 'CREDIT_RECORD', 'r', 'f', 'legal', current_timestamp, 'P3Y', 'three years')")
                            .executeUpdate()))
        .hasStackTraceContaining("CK_INCIDENTS_CONDUCT_RECORD_RETENTION");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        call(
                            s ->
                                s.record(
                                    new ConductInput(BEAUTICIAN, "MINOR", null, "r", "f"),
                                    "legal.counsel")))
                .field())
        .isEqualTo("kind");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        call(
                            s ->
                                s.record(
                                    new ConductInput("acc-nobody", "CREDIT_RECORD", null, "r", "f"),
                                    "legal.counsel")))
                .field())
        .isEqualTo("account");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        call(
                            s ->
                                s.record(
                                    new ConductInput(
                                        BEAUTICIAN,
                                        "CREDIT_RECORD",
                                        "CP20261201FFFFFFFF",
                                        "r",
                                        "f"),
                                    "legal.counsel")))
                .field())
        .isEqualTo("complaintNumber");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        call(
                            s ->
                                s.record(
                                    new ConductInput(BEAUTICIAN, "CREDIT_RECORD", null, " ", "f"),
                                    "legal.counsel")))
                .field())
        .isEqualTo("rule");
    assertThat(count("select count(*) from incidents_conduct_record")).isZero();
  }

  ComplaintPersonalData holder(EntityManager em) {
    ComplaintPersonalData holder = new ComplaintPersonalData();
    holder.complaints = new JpaComplaintRepository(em);
    holder.fields = CIPHER;
    holder.auditTrail = audit;
    holder.conductRecords = new JpaConductRecordRepository(em);
    return holder;
  }

  DefaultConductRecords service(EntityManager em) {
    DefaultConductRecords service = new DefaultConductRecords();
    service.records = new JpaConductRecordRepository(em);
    service.complaints = new JpaComplaintRepository(em);
    service.accounts = accounts;
    service.fields = CIPHER;
    service.auditTrail = audit;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    service.consent = consent;
    return service;
  }

  <T> T call(Function<DefaultConductRecords, T> work) {
    return inTransaction(em -> work.apply(service(em)));
  }

  long count(String sql) {
    return inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
