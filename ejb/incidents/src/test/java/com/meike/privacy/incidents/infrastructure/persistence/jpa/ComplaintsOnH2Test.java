package com.meike.privacy.incidents.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.incidents.domain.complaint.AttachmentContent;
import com.meike.privacy.incidents.domain.complaint.AttachmentPolicy;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintAttachment;
import com.meike.privacy.incidents.domain.complaint.ComplaintEntry;
import com.meike.privacy.incidents.domain.complaint.ComplaintPolicy;
import com.meike.privacy.incidents.domain.complaint.RecordingAccessLink;
import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The incidents migrations, the complaint mapping ({@code validate}) and its queries on H2. */
class ComplaintsOnH2Test {

  static final Instant FILED = Instant.parse("2026-11-27T02:00:00Z");
  static final String COMPLAINANT = "acc-4711";
  static final String ORDER = "MK2026112700000123";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 42};
  static final FieldCipher CIPHER = new FieldCipher("k1", new byte[32]);
  static final SealBinding CONTENT =
      SealBinding.column("complaint_attachment_content", "sealed_content");
  static final ColumnSeal SEAL =
      (column, value) -> CIPHER.seal(value, SealBinding.column("complaint", column));
  static final ColumnSeal OPEN =
      (column, value) -> CIPHER.open(value, SealBinding.column("complaint", column));

  DataSource ds;
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
    ds = db.dataSource();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void a_complaint_with_its_hold_attachment_and_recording_access_is_stored_sealed_and_found_again()
      throws SQLException {
    String number = "CP20261127AB12CD34";
    inTransaction(
        em -> {
          JpaComplaintRepository repository = new JpaComplaintRepository(em);
          Complaint complaint =
              Complaint.file(
                  number,
                  COMPLAINANT,
                  "ORDER",
                  ORDER,
                  "The beautician was rude.",
                  FILED,
                  WorkingDayCalendar.weekdaysOnly(),
                  ComplaintPolicy.DEFAULT,
                  SEAL);
          repository.store(complaint);
          complaint.evidenceHeld("hold-1", "system", FILED, SEAL);
          ComplaintAttachment attachment =
              complaint.attach(
                  "att-1",
                  COMPLAINANT,
                  "photo.png",
                  "image/png",
                  PNG,
                  FILED,
                  AttachmentPolicy.DEFAULT,
                  SEAL);
          repository.storeContent(
              new AttachmentContent(attachment.id(), CIPHER.sealBytes(PNG, CONTENT)));
          complaint.recordingAccessRequested("app-1", "cs.agent", FILED, SEAL);
          return null;
        });

    Complaint found =
        inTransaction(
            em -> {
              Complaint complaint =
                  new JpaComplaintRepository(em).findByRecordingAccess("app-1").orElseThrow();
              complaint.history().size();
              complaint.attachments().size();
              complaint.recordingAccess().size();
              return complaint;
            });
    assertThat(found.number()).isEqualTo(number);
    assertThat(found.text(OPEN)).isEqualTo("The beautician was rude.");
    assertThat(found.legalHoldId()).contains("hold-1");
    assertThat(found.attachments())
        .extracting(attachment -> attachment.name(OPEN))
        .containsExactly("photo.png");
    assertThat(found.recordingAccess())
        .extracting(RecordingAccessLink::appliedBy)
        .containsExactly("cs.agent");
    byte[] sealed =
        inTransaction(
            em -> new JpaComplaintRepository(em).content("att-1").orElseThrow().sealedContent());
    assertThat(CIPHER.openBytes(sealed, CONTENT)).isEqualTo(PNG);
    List<Complaint> none = inTransaction(em -> new JpaComplaintRepository(em).unsealed(10));
    assertThat(none).isEmpty();
    try (Connection connection = ds.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select complaint_text from complaint")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).startsWith("k1$").doesNotContain("rude");
    }
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "DSR-2, RET-4: an anonymised complaint keeps its dates and resolution; complainant, text, notes, attachments and the complainant's name in the history are gone")
  void an_anonymised_complaint_has_no_link_back_to_the_complainant() throws SQLException {
    String number = "CP20261127AB12CD99";
    inTransaction(
        em -> {
          JpaComplaintRepository repository = new JpaComplaintRepository(em);
          Complaint complaint =
              Complaint.file(
                  number,
                  COMPLAINANT,
                  "ORDER",
                  ORDER,
                  "The beautician was rude.",
                  FILED,
                  WorkingDayCalendar.weekdaysOnly(),
                  ComplaintPolicy.DEFAULT,
                  SEAL);
          repository.store(complaint);
          ComplaintAttachment attachment =
              complaint.attach(
                  "att-9",
                  COMPLAINANT,
                  "photo.png",
                  "image/png",
                  PNG,
                  FILED,
                  AttachmentPolicy.DEFAULT,
                  SEAL);
          repository.storeContent(
              new AttachmentContent(attachment.id(), CIPHER.sealBytes(PNG, CONTENT)));
          complaint.answer(
              "cs.agent", "We apologise, Ms Li.", "UPHELD", FILED.plusSeconds(3600), SEAL);
          return null;
        });

    inTransaction(
        em -> {
          JpaComplaintRepository repository = new JpaComplaintRepository(em);
          Complaint complaint = repository.findByComplainant(COMPLAINANT).get(0);
          repository.forget(
              number,
              complaint.attachments().stream().map(ComplaintAttachment::id).toList(),
              COMPLAINANT,
              Complaint.ANONYMISED);
          assertThat(complaint.anonymise(SEAL)).containsExactly("att-9");
          return null;
        });

    List<Complaint> mine =
        inTransaction(em -> new JpaComplaintRepository(em).findByComplainant(COMPLAINANT));
    assertThat(mine).isEmpty();
    Complaint kept =
        inTransaction(
            em -> {
              Complaint complaint = new JpaComplaintRepository(em).find(number).orElseThrow();
              complaint.history().size();
              return complaint;
            });
    assertThat(kept.text(OPEN)).isEqualTo(Complaint.ANONYMISED);
    assertThat(kept.answer(OPEN)).contains(Complaint.ANONYMISED);
    assertThat(kept.answeredAt()).isPresent();
    // RET-4: the re-identification attempt — no column anywhere in the complaint's tables holds the
    // complainant
    try (Connection connection = ds.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql :
          List.of(
              "select count(*) from complaint where complainant = 'acc-4711'",
              "select count(*) from complaint_entry where actor = 'acc-4711' or note is not null",
              "select count(*) from complaint_attachment",
              "select count(*) from complaint_attachment_content")) {
        try (ResultSet rs = statement.executeQuery(sql)) {
          rs.next();
          assertThat(rs.getLong(1)).as(sql).isZero();
        }
      }
    }
  }

  @Test
  void complaints_written_before_sealing_are_found_and_sealed_in_place() throws SQLException {
    try (Connection connection = ds.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into complaint (complaint_number, complainant, about, order_number, complaint_text,"
              + " state, tier, filed_at, customer_service_due_on, supervisor_due_on, final_due_on,"
              + " paused_working_days, overdue, answered_at, answered_by, answer, resolution, version) values"
              + " ('CP20261127LEGACY01', 'acc-1', 'SERVICE', null, 'Late and rude.', 'ANSWERED', 'CUSTOMER_SERVICE',"
              + " timestamp with time zone '2026-11-27 02:00:00+00', date '2026-12-04', date '2026-12-11',"
              + " date '2026-12-18', 0, false, timestamp with time zone '2026-11-28 02:00:00+00', 'cs.agent',"
              + " 'We apologise.', 'UPHELD', 0)");
      statement.execute(
          "insert into complaint_entry (id, complaint_number, seq, occurred_at, actor, kind, tier, note)"
              + " values ('e1', 'CP20261127LEGACY01', 1, timestamp with time zone '2026-11-28 02:00:00+00', 'cs.agent',"
              + " 'ANSWERED', 'CUSTOMER_SERVICE', 'UPHELD: We apologise.')");
    }
    List<Complaint> legacy = inTransaction(em -> new JpaComplaintRepository(em).unsealed(10));
    assertThat(legacy).extracting(Complaint::number).containsExactly("CP20261127LEGACY01");

    inTransaction(
        em -> {
          new JpaComplaintRepository(em)
              .unsealed(10)
              .forEach(complaint -> complaint.sealLegacyText(SEAL));
          return null;
        });

    List<Complaint> none = inTransaction(em -> new JpaComplaintRepository(em).unsealed(10));
    assertThat(none).isEmpty();
    Complaint sealed =
        inTransaction(
            em -> {
              Complaint complaint =
                  new JpaComplaintRepository(em).find("CP20261127LEGACY01").orElseThrow();
              complaint.history().size();
              return complaint;
            });
    assertThat(sealed.text(OPEN)).isEqualTo("Late and rude.");
    assertThat(sealed.answer(OPEN)).contains("We apologise.");
    assertThat(sealed.history().get(0).note(OPEN)).contains("UPHELD: We apologise.");
    try (Connection connection = ds.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select c.complaint_text, c.answer, e.note from complaint c"
                    + " join complaint_entry e on e.complaint_number = c.complaint_number")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).startsWith("k1$");
      assertThat(rows.getString(2)).startsWith("k1$");
      assertThat(rows.getString(3)).startsWith("k1$");
    }
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
