package com.meike.privacy.incidents.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of a complaint (CMP-1) on an explicit calendar with National Day 2026. */
class ComplaintTest {

  static final String NUMBER = "CP20260918AB12CD34";
  static final String COMPLAINANT = "acc-4711";
  static final String ORDER = "MK2026091800000123";
  static final ComplaintPolicy POLICY = ComplaintPolicy.DEFAULT;
  static final FieldCipher CIPHER = new FieldCipher("k1", new byte[32]);

  /** The seal the application hands over: bound to table "complaint" and complaint NUMBER. */
  static final ColumnSeal SEAL = CIPHER.sealing("complaint", NUMBER);

  static final ColumnSeal OPEN = CIPHER.opening("complaint", NUMBER);

  /** Mid-Autumn 09-25..27 and National Day 10-01..07 off; Sun 09-20 and Sat 10-10 work. */
  static final WorkingDayCalendar CALENDAR = nationalDay2026();

  /** Friday 2026-09-18 10:00 in Shanghai. */
  static final Instant FILED = Instant.parse("2026-09-18T02:00:00Z");

  @Test
  void a_filed_complaint_is_open_at_customer_service_with_deadlines_across_the_holidays() {
    Complaint complaint = filed("ORDER", ORDER);

    assertThat(complaint.state()).isEqualTo(ComplaintState.OPEN);
    assertThat(complaint.tier()).isEqualTo(ComplaintTier.CUSTOMER_SERVICE);
    // Sun 20 works =1, Mon 21..Thu 24 =5
    assertThat(complaint.customerServiceDueOn()).isEqualTo(LocalDate.of(2026, 9, 24));
    // 25..27 off; Mon 28, Tue 29, Wed 30 =8; 10-01..07 off; Thu 08, Fri 09 =10
    assertThat(complaint.supervisorDueOn()).isEqualTo(LocalDate.of(2026, 10, 9));
    // Sat 10 =11, Mon 12..Thu 15 =15
    assertThat(complaint.finalDueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(complaint.history())
        .extracting(ComplaintEntry::kind)
        .containsExactly(EntryKind.FILED);
  }

  @Test
  void privacy_and_recording_complaints_go_straight_to_the_privacy_officer_and_legal() {
    assertThat(filed("PRIVACY_REQUEST", null).tier()).isEqualTo(ComplaintTier.PRIVACY_OFFICE_LEGAL);
    assertThat(filed("RECORDING", ORDER).tier()).isEqualTo(ComplaintTier.PRIVACY_OFFICE_LEGAL);
    assertThat(filed("SERVICE", null).tier()).isEqualTo(ComplaintTier.CUSTOMER_SERVICE);
  }

  @Test
  void bad_input_is_refused_naming_the_field() {
    assertInvalid("about", () -> filed("WEATHER", null));
    assertInvalid("about", () -> filed(null, null));
    assertInvalid("orderNumber", () -> filed("ORDER", null));
    assertInvalid("text", () -> file("SERVICE", null, "   "));
    assertInvalid("text", () -> file("SERVICE", null, "x".repeat(2001)));
    assertThat(file("SERVICE", null, "x".repeat(2000)).text(OPEN)).hasSize(2000);
    assertThatThrownBy(
            () ->
                Complaint.file(NUMBER, " ", "SERVICE", null, "text", FILED, CALENDAR, POLICY, SEAL))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(Kind.FORBIDDEN);
  }

  @Test
  void escalation_only_moves_up_and_needs_a_reason() {
    Complaint complaint = filed("SERVICE", null);
    assertInvalid(
        "reason", () -> complaint.escalate(ComplaintTier.SUPERVISOR, "cs.agent", " ", FILED, SEAL));

    complaint.escalate(
        ComplaintTier.SUPERVISOR, "cs.agent", "needs a refund decision", FILED, SEAL);

    assertThat(complaint.tier()).isEqualTo(ComplaintTier.SUPERVISOR);
    assertConflict(
        () -> complaint.escalate(ComplaintTier.SUPERVISOR, "cs.head", "again", FILED, SEAL));
    assertConflict(
        () -> complaint.escalate(ComplaintTier.CUSTOMER_SERVICE, "cs.head", "down", FILED, SEAL));
  }

  @Test
  void waiting_for_information_moves_every_deadline_by_the_working_days_waited() {
    Complaint complaint = filed("SERVICE", null);
    // asked on Tue 09-22, answered on Tue 09-29: Wed 23, Thu 24, Mon 28, Tue 29 = 4 working days
    complaint.requestInformation(
        "cs.agent",
        "Which beautician?",
        Instant.parse("2026-09-22T03:00:00Z"),
        CALENDAR,
        POLICY,
        SEAL);
    assertThat(complaint.state()).isEqualTo(ComplaintState.AWAITING_INFORMATION);
    // 5 working days after 09-22: 23, 24, 28, 29, 30
    assertThat(complaint.informationDueOn()).contains(LocalDate.of(2026, 9, 30));
    assertConflict(() -> complaint.answer("cs.agent", "answer", "UPHELD", FILED, SEAL));

    int waited =
        complaint.informationReceived(
            COMPLAINANT,
            "It was Ms Li.",
            Instant.parse("2026-09-29T03:00:00Z"),
            CALENDAR,
            POLICY,
            SEAL);

    assertThat(waited).isEqualTo(4);
    assertThat(complaint.state()).isEqualTo(ComplaintState.OPEN);
    assertThat(complaint.customerServiceDueOn())
        .isEqualTo(LocalDate.of(2026, 10, 8)); // 24 + 28, 29, 30, 10-08
    assertThat(complaint.supervisorDueOn())
        .isEqualTo(LocalDate.of(2026, 10, 14)); // 10-09 + Sat 10, 12, 13, 14
    assertThat(complaint.finalDueOn()).isEqualTo(LocalDate.of(2026, 10, 21));
    assertThat(complaint.pausedWorkingDays()).isEqualTo(4);
    assertThat(complaint.informationDueOn()).isEmpty();
  }

  @Test
  void the_clock_pause_is_capped_at_the_information_wait() {
    Complaint complaint = filed("SERVICE", null);
    complaint.requestInformation(
        "cs.agent", "Which day?", Instant.parse("2026-09-22T03:00:00Z"), CALENDAR, POLICY, SEAL);

    boolean resumed =
        complaint.informationNotReceived(
            "system", Instant.parse("2026-10-12T03:00:00Z"), CALENDAR, POLICY, SEAL);

    assertThat(resumed).isTrue();
    assertThat(complaint.pausedWorkingDays()).isEqualTo(POLICY.informationWaitDays());
    assertThat(complaint.finalDueOn())
        .isEqualTo(CALENDAR.plusWorkingDays(LocalDate.of(2026, 10, 15), 5));
    assertThat(
            complaint.informationNotReceived(
                "system", Instant.parse("2026-10-12T03:00:00Z"), CALENDAR, POLICY, SEAL))
        .isFalse();
  }

  @Test
  void only_the_complainant_replies_and_only_when_asked() {
    Complaint complaint = filed("SERVICE", null);
    assertConflict(
        () -> complaint.informationReceived(COMPLAINANT, "unasked", FILED, CALENDAR, POLICY, SEAL));
    complaint.requestInformation("cs.agent", "Which day?", FILED, CALENDAR, POLICY, SEAL);
    assertThatThrownBy(
            () ->
                complaint.informationReceived("acc-other", "me too", FILED, CALENDAR, POLICY, SEAL))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(Kind.NOT_FOUND);
  }

  @Test
  void an_answered_complaint_is_closed_and_is_never_marked_overdue() {
    Complaint complaint = filed("SERVICE", null);
    assertInvalid(
        "resolution", () -> complaint.answer("cs.agent", "Refunded.", "MAYBE", FILED, SEAL));
    assertConflict(() -> complaint.close("system", FILED, SEAL));

    complaint.answer("cs.agent", "We refunded the visit.", "UPHELD", FILED, SEAL);
    assertThat(complaint.markDeadlineMissed("system", FILED, SEAL)).isFalse();
    assertThat(complaint.close("system", FILED, SEAL)).isTrue();
    assertThat(complaint.close("system", FILED, SEAL)).isFalse();

    assertThat(complaint.state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(complaint.resolution()).contains(Resolution.UPHELD);
    assertThat(complaint.history())
        .extracting(ComplaintEntry::kind)
        .containsExactly(EntryKind.FILED, EntryKind.ANSWERED, EntryKind.CLOSED);
  }

  @Test
  void a_missed_final_deadline_is_marked_once() {
    Complaint complaint = filed("SERVICE", null);
    assertThat(complaint.markDeadlineMissed("system", FILED, SEAL)).isTrue();
    assertThat(complaint.markDeadlineMissed("system", FILED, SEAL)).isFalse();
    assertThat(complaint.overdue()).isTrue();
    assertThat(complaint.state()).isEqualTo(ComplaintState.OPEN);
  }

  @Test
  void text_answer_and_notes_are_kept_sealed_and_read_in_clear() {
    Complaint complaint = filed("ORDER", ORDER);
    complaint.requestInformation(
        "cs.agent", "Which beautician was it?", FILED, CALENDAR, POLICY, SEAL);
    complaint.informationReceived(COMPLAINANT, "Ms Li from Xuhui.", FILED, CALENDAR, POLICY, SEAL);
    complaint.answer("cs.agent", "We refund the visit.", "UPHELD", FILED, SEAL);

    assertThat((String) field(complaint, "text")).startsWith("k1$").doesNotContain("two hours");
    assertThat((String) field(complaint, "answer")).startsWith("k1$").doesNotContain("refund");
    assertThat(complaint.history())
        .allSatisfy(
            entry -> {
              Object note = field(entry, "note");
              assertThat(note == null || note.toString().startsWith("k1$")).isTrue();
            });
    assertThat(complaint.text(OPEN))
        .isEqualTo("The beautician arrived two hours late and was rude.");
    assertThat(complaint.answer(OPEN)).contains("We refund the visit.");
    assertThat(complaint.history().get(2).note(OPEN).orElseThrow()).startsWith("Ms Li from Xuhui.");
  }

  @Test
  void the_legal_hold_and_its_release_are_in_the_history() {
    Complaint complaint = filed("ORDER", ORDER);
    complaint.evidenceHeld("hold-1", "system", FILED, SEAL);
    complaint.evidenceReleased("system", FILED, SEAL);

    assertThat(complaint.legalHoldId()).contains("hold-1");
    assertThat(complaint.history())
        .extracting(ComplaintEntry::kind)
        .containsExactly(EntryKind.FILED, EntryKind.EVIDENCE_HELD, EntryKind.EVIDENCE_RELEASED);
  }

  @Test
  void recording_access_needs_an_order_and_an_open_complaint() {
    assertConflict(
        () -> filed("SERVICE", null).recordingAccessRequested("app-1", "cs.agent", FILED, SEAL));
    Complaint answered = filed("ORDER", ORDER);
    answered.answer("cs.agent", "Sorry.", "UPHELD", FILED, SEAL);
    assertConflict(() -> answered.recordingAccessRequested("app-1", "cs.agent", FILED, SEAL));

    Complaint open = filed("ORDER", ORDER);
    open.recordingAccessRequested("app-1", "cs.agent", FILED, SEAL);
    assertThat(open.recordingAccess())
        .extracting(RecordingAccessLink::applicationId)
        .containsExactly("app-1");
    assertThat(open.history())
        .extracting(ComplaintEntry::kind)
        .contains(EntryKind.RECORDING_ACCESS_REQUESTED);
  }

  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
  static final AttachmentPolicy ATTACHMENTS =
      new AttachmentPolicy(List.of("image/jpeg", "application/pdf", "audio/*"), 10, 2);

  @Test
  void the_complainant_attaches_files_of_the_accepted_types_and_sizes() {
    Complaint complaint = filed("SERVICE", null);

    ComplaintAttachment photo =
        complaint.attach(
            "a1",
            COMPLAINANT,
            "receipt.jpg",
            "image/jpeg; charset=binary",
            JPEG,
            FILED,
            ATTACHMENTS,
            SEAL);
    complaint.attach(
        "a2", COMPLAINANT, null, "audio/mpeg", new byte[] {1, 2}, FILED, ATTACHMENTS, SEAL);

    assertThat(photo.name(OPEN)).isEqualTo("receipt.jpg");
    assertThat((String) field(photo, "sealedName")).startsWith("k1$");
    assertThat(photo.contentType()).isEqualTo("image/jpeg");
    assertThat(photo.size()).isEqualTo(7);
    assertThat(complaint.attachment("a2").orElseThrow().name(OPEN)).isEqualTo("attachment");
    assertThat(complaint.history())
        .extracting(ComplaintEntry::kind)
        .containsExactly(EntryKind.FILED, EntryKind.ATTACHMENT_ADDED, EntryKind.ATTACHMENT_ADDED);
    assertConflict(
        () ->
            complaint.attach(
                "a3",
                COMPLAINANT,
                "x.pdf",
                "application/pdf",
                "%PDF-1".getBytes(),
                FILED,
                ATTACHMENTS,
                SEAL));
  }

  @Test
  void bad_attachments_are_refused_and_change_nothing() {
    Complaint complaint = filed("SERVICE", null);
    assertKind(
        Kind.UNSUPPORTED_MEDIA_TYPE,
        () ->
            complaint.attach(
                "a1",
                COMPLAINANT,
                "x.exe",
                "application/x-msdownload",
                JPEG,
                FILED,
                ATTACHMENTS,
                SEAL));
    assertKind(
        Kind.UNSUPPORTED_MEDIA_TYPE,
        () ->
            complaint.attach(
                "a1", COMPLAINANT, "x.pdf", "application/pdf", JPEG, FILED, ATTACHMENTS, SEAL));
    assertKind(
        Kind.UNSUPPORTED_MEDIA_TYPE,
        () -> complaint.attach("a1", COMPLAINANT, "x.jpg", null, JPEG, FILED, ATTACHMENTS, SEAL));
    assertKind(
        Kind.TOO_LARGE,
        () ->
            complaint.attach(
                "a1", COMPLAINANT, "x.jpg", "image/jpeg", new byte[11], FILED, ATTACHMENTS, SEAL));
    assertKind(
        Kind.INVALID_INPUT,
        () ->
            complaint.attach(
                "a1", COMPLAINANT, "x.jpg", "image/jpeg", new byte[0], FILED, ATTACHMENTS, SEAL));
    assertKind(
        Kind.INVALID_INPUT,
        () ->
            complaint.attach(
                "a1", COMPLAINANT, "a\tb.jpg", "image/jpeg", JPEG, FILED, ATTACHMENTS, SEAL));
    assertKind(
        Kind.NOT_FOUND,
        () ->
            complaint.attach(
                "a1", "acc-other", "x.jpg", "image/jpeg", JPEG, FILED, ATTACHMENTS, SEAL));
    complaint.answer("cs.agent", "Sorry.", "UPHELD", FILED, SEAL);
    assertKind(
        Kind.CONFLICT,
        () ->
            complaint.attach(
                "a1", COMPLAINANT, "x.jpg", "image/jpeg", JPEG, FILED, ATTACHMENTS, SEAL));
    assertThat(complaint.attachments()).isEmpty();
  }

  private static Object field(Object target, String name) {
    try {
      java.lang.reflect.Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertKind(Kind kind, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(kind);
  }

  @Test
  void the_policy_refuses_periods_out_of_order() {
    assertThatThrownBy(() -> new ComplaintPolicy(5, 5, 15, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ComplaintPolicy(5, 10, 15, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Complaint filed(String about, String order) {
    return file(about, order, "The beautician arrived two hours late and was rude.");
  }

  static Complaint file(String about, String order, String text) {
    return Complaint.file(NUMBER, COMPLAINANT, about, order, text, FILED, CALENDAR, POLICY, SEAL);
  }

  static WorkingDayCalendar nationalDay2026() {
    List<LocalDate> holidays = new ArrayList<>();
    for (int day = 25; day <= 27; day++) {
      holidays.add(LocalDate.of(2026, 9, day));
    }
    for (int day = 1; day <= 7; day++) {
      holidays.add(LocalDate.of(2026, 10, day));
    }
    return WorkingDayCalendar.of(
        holidays, List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));
  }

  private static void assertInvalid(String field, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(DomainException.class)
        .satisfies(
            e -> {
              assertThat(((DomainException) e).kind()).isEqualTo(Kind.INVALID_INPUT);
              assertThat(((DomainException) e).field()).isEqualTo(field);
            });
  }

  private static void assertConflict(Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(Kind.CONFLICT);
  }
}
