package com.meike.privacy.incidents.domain.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where complaints are kept. Joins the caller's transaction. */
public interface ComplaintRepository {

  /**
   * A fresh complaint number for a complaint filed on {@code filedOn}: {@code CP}, the date, 8 hex
   * digits.
   */
  String nextNumber(LocalDate filedOn);

  Optional<Complaint> find(String number);

  /** The complainant's complaints, newest first. */
  List<Complaint> findByComplainant(String complainant);

  void store(Complaint complaint);

  /**
   * For an anonymisation: deletes the contents of these attachments (before the attachments) and
   * replaces {@code actor} in the history of complaint {@code number} by {@code replacement}.
   */
  void forget(String number, List<String> attachmentIds, String actor, String replacement);

  /** Stores an attachment's sealed content (its metadata is part of the complaint). */
  void storeContent(AttachmentContent content);

  /** An attachment's sealed content. */
  Optional<AttachmentContent> content(String attachmentId);

  /** The complaint a recording-access application was made from. */
  Optional<Complaint> findByRecordingAccess(String applicationId);

  /**
   * Complaints written before sealing whose text, answer or notes are still in clear, at most
   * {@code limit}.
   */
  List<Complaint> unsealed(int limit);

  /** Open complaints (including those waiting for information), counted by tier. */
  Map<ComplaintTier, Long> openByTier();

  /** Open complaints marked overdue or whose final period ended before {@code today}. */
  long overdue(LocalDate today);

  /** When each answered complaint was filed and answered. */
  List<AnswerTime> answerTimes();

  /** When one complaint was filed and answered. */
  record AnswerTime(Instant filedAt, Instant answeredAt) {}

  /**
   * At most {@code limit} answered or closed complaints answered before {@code cutoff} and not yet
   * anonymised, oldest first (RET-1: the complaint category's retention rule).
   */
  List<Complaint> anonymisableBefore(java.time.Instant cutoff, int limit);
}
