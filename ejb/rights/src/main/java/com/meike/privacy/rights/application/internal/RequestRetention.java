package com.meike.privacy.rights.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.rights.RetentionJob;
import com.meike.privacy.rights.domain.request.DataSubjectRequestRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rights context's retention rules (RET-1, RET-4), one call one batch and one transaction,
 * audited with its count:
 *
 * <ul>
 *   <li>access packages — the sealed copy of everything held about a person (DSR-1) — are deleted
 *       {@value #PACKAGE_DAYS} days (default 30) after they were built when the person never
 *       downloaded them (a download deletes them at once);
 *   <li>closed data-subject requests (answered, refused, never verified) are anonymised {@value
 *       #REQUEST_DAYS} days (default 1095, three years: the proof that rights were answered on
 *       time, like the complaint and transaction records) after they were received;
 *   <li>erasure records — what each context deleted, anonymised and kept for a deletion or
 *       cancellation, the proof that it was done — are deleted {@value #ERASURE_DAYS} days (default
 *       1095, three years, as the request they belong to) after the erasure.
 * </ul>
 */
@Stateless
public class RequestRetention {

  private static final RetentionJob.Rule PACKAGES_RULE =
      new RetentionJob.Rule(
          "data-subject-request.retention.packages-deleted",
          "rights_access_package",
          "%1$d access package(s) built before %2$s and never downloaded deleted (%3$d-day rule, RET-1)");

  private static final RetentionJob.Rule REQUESTS_RULE =
      new RetentionJob.Rule(
          "data-subject-request.retention.anonymised",
          "rights_request",
          "%1$d closed request(s) received before %2$s anonymised (%3$d-day rule, RET-1, RET-4)");

  private static final RetentionJob.Rule ERASURES_RULE =
      new RetentionJob.Rule(
          "data-subject-request.retention.erasure-records-deleted",
          "rights_erasure_record",
          "%1$d erasure record(s) written before %2$s deleted (%3$d-day rule, RET-1)");

  public static final String PACKAGE_DAYS = "meike.retention.access-package-days";
  public static final String REQUEST_DAYS = "meike.retention.data-subject-request-days";
  public static final String ERASURE_DAYS = "meike.retention.erasure-record-days";

  @Inject DataSubjectRequestRepository requests;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = PACKAGE_DAYS, defaultValue = "30")
  int packageDays;

  @Inject
  @ConfigProperty(name = REQUEST_DAYS, defaultValue = "1095")
  int requestDays;

  @Inject
  @ConfigProperty(name = ERASURE_DAYS, defaultValue = "1095")
  int erasureDays;

  /** Deletes the content of at most {@code limit} access packages that are due; how many. */
  public int expirePackages(int limit) {
    return PACKAGES_RULE.apply(
        clock, packageDays, limit, requests::expirePackagesBuiltBefore, auditTrail::record);
  }

  /** Anonymises at most {@code limit} closed requests that are due; how many. */
  public int anonymiseRequests(int limit) {
    return REQUESTS_RULE.apply(
        clock, requestDays, limit, requests::anonymiseClosedBefore, auditTrail::record);
  }

  /** Deletes at most {@code limit} erasure records that are due; how many. */
  public int deleteErasures(int limit) {
    return ERASURES_RULE.apply(
        clock, erasureDays, limit, requests::deleteErasuresBefore, auditTrail::record);
  }
}
