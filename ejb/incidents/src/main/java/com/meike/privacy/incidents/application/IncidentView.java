package com.meike.privacy.incidents.application;

import java.time.Instant;
import java.util.List;

/** A security incident as the security team and the privacy office read it. */
public record IncidentView(
    String id,
    Instant discoveredAt,
    String description,
    List<String> systems,
    List<String> categories,
    long estimatedPeople,
    boolean childrenAffected,
    String grade,
    String gradeLabel,
    String state,
    String registeredBy,
    Instant registeredAt,
    boolean reportRequired,
    Instant reportDueAt,
    Instant reportSubmittedAt,
    String reportReference,
    boolean reportMissed,
    Instant noticeDueAt,
    boolean noticeMissed,
    String measures,
    Boolean notifyPeople,
    Boolean announce,
    NoticeTextView noticeText,
    String noticeApprovedBy,
    String campaignId,
    Instant noticesStartedAt,
    String announcement,
    Instant announcedAt,
    String handling,
    String lessons,
    Instant closedAt,
    List<Entry> history) {

  /** The approved notice text. */
  public record NoticeTextView(
      String facts, String impact, String measures, String advice, String remedies) {}

  /** One step of the history. */
  public record Entry(int seq, Instant at, String actor, String kind, String note) {}
}
