package com.meike.privacy.incidents.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Security incidents (INC-1..4), one transaction per call with its audit entry. Every method but
 * {@link #register} throws NOT_FOUND for an unknown id and CONFLICT for a closed incident; bad
 * input is INVALID_INPUT naming the field.
 */
@Local
public interface BreachIncidents {

  /**
   * Registers an incident and raises {@link IncidentRegistered} (the process starts in this
   * transaction).
   */
  IncidentView register(IncidentRegistration registration, String actor);

  /**
   * Registers an incident for a {@code breach-notification} process a person started from
   * Tasklist's start form: the same checks as {@link #register}, but no {@link IncidentRegistered}
   * (the process that asks is already running).
   */
  IncidentView registerFromProcess(IncidentRegistration registration, String actor);

  IncidentView incident(String id);

  /** The newest incidents first (at most 100). */
  List<IncidentView> recent();

  /** Assesses scope; the grade can only be raised. */
  IncidentView assess(String id, IncidentAssessment assessment, String actor);

  /** Raises the grade outside a task; raises {@link IncidentGradeRaised} when it changed. */
  IncidentView raiseGrade(String id, String grade, String actor);

  IncidentView contain(String id, String measure, String actor);

  IncidentView decideNotices(String id, NoticeDecision decision, String actor);

  IncidentView noticesStarted(String id, String campaignId, long selected);

  /** The notice campaign finished: told and unreached counts into the history. */
  IncidentView noticesFinished(String id, String campaignId, long sent, long unreached);

  /**
   * A clock event ({@code REPORT} or {@code NOTICES}; {@code REMINDED}, {@code ESCALATED}, {@code
   * MISSED}).
   */
  IncidentView clock(String id, String clock, String event);

  /**
   * The initial report to the regulator, generated from the records when first asked for (what
   * happened, discovery, categories, people, children, grade, measures, {@code noticesSoFar}).
   */
  RegulatorReportView initialReport(String id, String noticesSoFar);

  IncidentView submitReport(String id, ReportSubmission submission, String actor);

  IncidentView announce(String id, String announcement, String actor);

  /**
   * Closes with the record of the handling and the lessons, and makes the updated (final) report.
   */
  IncidentView close(String id, String handling, String lessons, String noticesSoFar, String actor);

  List<RegulatorReportView> reports(String id);

  IncidentStatistics statistics();
}
