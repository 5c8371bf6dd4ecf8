package com.meike.privacy.incidents.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as its complainant and its handlers see it. Deadlines are instants (the end of the
 * period's last working day in China, exclusive); reminders fall at the start of that last day.
 * {@code informationDue} is set only while the complainant is asked for information.
 *
 * <p>Evidence: {@code legalHoldId} names the legal hold placed on the order's recordings when the
 * complaint was filed (REC-6); {@code attachments} lists what the complainant attached (content is
 * downloaded separately by handlers); {@code recordingAccess} lists the recording-access
 * applications handlers made from the complaint with their current state (empty in the
 * complainant's own view).
 */
public record ComplaintView(
    String number,
    String complainant,
    String about,
    String orderNumber,
    String text,
    String state,
    String tier,
    Instant filedAt,
    Deadlines deadlines,
    int pausedWorkingDays,
    boolean overdue,
    Answer answer,
    Instant closedAt,
    List<HistoryEntry> history,
    String legalHoldId,
    List<AttachmentView> attachments,
    List<RecordingAccessView> recordingAccess) {

  /** An attachment: the name the complainant gave, its type and size. */
  public record AttachmentView(
      String id, String name, String contentType, long size, Instant addedAt) {}

  /**
   * A recording-access application made from the complaint, with the state the recording context
   * reports now ({@code AWAITING_DEPARTMENT_HEAD}, …, {@code APPROVED}); {@code grantId} once
   * granted.
   */
  public record RecordingAccessView(
      String applicationId, String appliedBy, Instant appliedAt, String status, String grantId) {}

  /** The three tier deadlines, their reminders, and the end of the current wait for information. */
  public record Deadlines(
      LocalDate customerServiceLastDay,
      Instant customerServiceDue,
      Instant customerServiceReminder,
      LocalDate supervisorLastDay,
      Instant supervisorDue,
      Instant supervisorReminder,
      LocalDate finalLastDay,
      Instant finalDue,
      Instant finalReminder,
      Instant informationDue) {}

  /** The answer and how the complaint was resolved. */
  public record Answer(String handler, Instant answeredAt, String text, String resolution) {}

  /** One fact of the history, oldest first. */
  public record HistoryEntry(Instant at, String actor, String kind, String tier, String note) {}
}
