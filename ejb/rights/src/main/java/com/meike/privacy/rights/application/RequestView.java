package com.meike.privacy.rights.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as the person (or a handler) sees it: kind, state, the last day to answer (China) and
 * the instant it ends, and once answered the answer or the refusal with its named ground. Labels
 * are Chinese with English. {@code answer} is filled only for the person who asked and for its
 * handlers; {@code accessPackage} says whether the ACCESS package can still be downloaded (once);
 * {@code fee} is the fee charged for a repeated or excessive request (DSR-6), if any.
 */
public record RequestView(
    String id,
    String subject,
    String requestedBy,
    String channel,
    String channelLabel,
    String kind,
    String kindLabel,
    String deletionGround,
    String deletionGroundLabel,
    String verification,
    String state,
    boolean repeated,
    Instant receivedAt,
    Instant verifiedAt,
    LocalDate lastDay,
    Instant dueAt,
    Instant remindAt,
    Instant escalateAt,
    boolean escalated,
    boolean overdue,
    String refusalGround,
    String refusalGroundLabel,
    String answer,
    Instant answeredAt,
    PackageState accessPackage,
    String deletionOrderId,
    List<ErasureView> erasures,
    String complaintNumber,
    FeeView fee) {

  /**
   * The fee of a repeated or excessive request (DSR-6): the amount in CNY, the reason (for the
   * requester and the handlers only), the last instant to accept it, the acceptance, and the
   * working days of the answer clock left when it paused (the clock runs them again from the
   * acceptance).
   */
  public record FeeView(
      BigDecimal amount,
      String currency,
      String reason,
      Instant chargedAt,
      Instant acceptBy,
      Instant acceptedAt,
      Integer workingDaysLeft) {}

  /** The ACCESS package: its size and hash, and whether it is still to be downloaded. */
  public record PackageState(
      boolean available, long sizeBytes, String sha256, Instant builtAt, Instant downloadedAt) {}

  /** What one context did for a deletion or cancellation. */
  public record ErasureView(
      String context, int deleted, int anonymised, String kept, Instant erasedAt) {}
}
