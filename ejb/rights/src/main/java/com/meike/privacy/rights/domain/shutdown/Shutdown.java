package com.meike.privacy.rights.domain.shutdown;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One shutdown of one service (SHUT-1), the record of the whole of it: who asked and when, the
 * decision, when collection stopped, the notices and the announcement, the disposal's progress (a
 * cursor over the affected people, so a crash resumes and a repeated batch does nothing twice), the
 * people affected before and after, and the sign-off of the verification. Counts and ids only.
 */
@Entity
@Table(name = "rights_shutdown")
public class Shutdown {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "service_code", length = 64, nullable = false, updatable = false)
  private String serviceCode;

  @Column(name = "shutdown_date", nullable = false)
  private LocalDate shutdownDate;

  @Column(name = "reason", length = 1000, nullable = false)
  private String reason;

  @Column(name = "requested_by", length = 100, nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 24, nullable = false)
  private ShutdownState state;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment", length = 1000)
  private String decisionComment;

  @Column(name = "collection_stopped_at")
  private Instant collectionStoppedAt;

  @Column(name = "notice_cursor", length = 64)
  private String noticeCursor;

  @Column(name = "notices_sent", nullable = false)
  private long noticesSent;

  @Column(name = "announced_at")
  private Instant announcedAt;

  @Column(name = "people_before")
  private Long peopleBefore;

  @Column(name = "disposal_cursor", length = 64)
  private String disposalCursor;

  @Column(name = "people_disposed", nullable = false)
  private long peopleDisposed;

  @Column(name = "deletion_orders", nullable = false)
  private long deletionOrders;

  @Column(name = "disposed_at")
  private Instant disposedAt;

  @Column(name = "people_after")
  private Long peopleAfter;

  @Column(name = "verified_by", length = 100)
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected Shutdown() {}

  public Shutdown(
      String serviceCode, LocalDate shutdownDate, String reason, String requestedBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
    this.shutdownDate = Objects.requireNonNull(shutdownDate, "shutdownDate");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.requestedAt = Objects.requireNonNull(now, "now");
    this.state = ShutdownState.REQUESTED;
  }

  /** The privacy officer approves: collection stops at this instant. */
  public void approve(String officer, String comment, Instant now) {
    require(ShutdownState.REQUESTED);
    decided(officer, comment, now);
    this.state = ShutdownState.COLLECTION_STOPPED;
    this.collectionStoppedAt = now;
  }

  public void reject(String officer, String comment, Instant now) {
    require(ShutdownState.REQUESTED);
    decided(officer, comment, now);
    this.state = ShutdownState.REJECTED;
  }

  /** One batch of notices went out; {@code last} is the last person of the batch. */
  public void noticesSent(int count, String last) {
    require(ShutdownState.COLLECTION_STOPPED);
    this.noticesSent += count;
    if (last != null) {
      this.noticeCursor = last;
    }
  }

  /**
   * The notices' people were selected up to {@code last} (ascending account ids, the same pages the
   * disposal walks): where the next call carries on after a crash or a wait.
   */
  public void noticesSelectedUpTo(String last) {
    require(ShutdownState.COLLECTION_STOPPED);
    this.noticeCursor = last;
  }

  /** The public announcement for everyone not reached one by one; notices are complete. */
  public void announced(Instant now) {
    require(ShutdownState.COLLECTION_STOPPED);
    this.announcedAt = now;
    this.state = ShutdownState.NOTIFIED;
  }

  /** The shutdown date came: disposal begins, counting who is affected before it. */
  public void disposalStarted(long people) {
    if (state == ShutdownState.DISPOSING) {
      return;
    }
    require(ShutdownState.NOTIFIED);
    this.state = ShutdownState.DISPOSING;
    this.peopleBefore = people;
  }

  public void disposed(int people, int orders, String last) {
    require(ShutdownState.DISPOSING);
    this.peopleDisposed += people;
    this.deletionOrders += orders;
    if (last != null) {
      this.disposalCursor = last;
    }
  }

  public void disposalFinished(Instant now) {
    require(ShutdownState.DISPOSING);
    this.state = ShutdownState.DISPOSED;
    this.disposedAt = now;
  }

  /** The verification counted {@code people} still linked to the service. */
  public void counted(long people) {
    require(ShutdownState.DISPOSED);
    this.peopleAfter = people;
  }

  /** A failed verification: back to disposal, from the start (every batch is idempotent). */
  public void disposeAgain() {
    require(ShutdownState.DISPOSED);
    this.state = ShutdownState.DISPOSING;
    this.disposalCursor = null;
  }

  /** The privacy officer signs the verification off; only with nothing left. */
  public void signOff(String officer, Instant now) {
    require(ShutdownState.DISPOSED);
    if (peopleAfter == null || peopleAfter != 0) {
      throw DomainException.conflict(
          "核验未通过，不能签署 — the verification found "
              + peopleAfter
              + " people still linked to the service; dispose again before signing off");
    }
    this.state = ShutdownState.VERIFIED;
    this.verifiedBy = officer;
    this.verifiedAt = now;
  }

  private void decided(String officer, String comment, Instant now) {
    this.decidedBy = officer;
    this.decisionComment = comment;
    this.decidedAt = now;
  }

  private void require(ShutdownState expected) {
    if (state != expected) {
      throw DomainException.conflict(
          "停运处置状态为「"
              + state.label()
              + "」— the shutdown is "
              + state
              + ", this step needs "
              + expected);
    }
  }

  public String id() {
    return id;
  }

  public String serviceCode() {
    return serviceCode;
  }

  public LocalDate shutdownDate() {
    return shutdownDate;
  }

  public String reason() {
    return reason;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public ShutdownState state() {
    return state;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decisionComment() {
    return Optional.ofNullable(decisionComment);
  }

  public Optional<Instant> collectionStoppedAt() {
    return Optional.ofNullable(collectionStoppedAt);
  }

  public Optional<String> noticeCursor() {
    return Optional.ofNullable(noticeCursor);
  }

  public long noticesSent() {
    return noticesSent;
  }

  public Optional<Instant> announcedAt() {
    return Optional.ofNullable(announcedAt);
  }

  public Optional<Long> peopleBefore() {
    return Optional.ofNullable(peopleBefore);
  }

  public Optional<String> disposalCursor() {
    return Optional.ofNullable(disposalCursor);
  }

  public long peopleDisposed() {
    return peopleDisposed;
  }

  public long deletionOrders() {
    return deletionOrders;
  }

  public Optional<Instant> disposedAt() {
    return Optional.ofNullable(disposedAt);
  }

  public Optional<Long> peopleAfter() {
    return Optional.ofNullable(peopleAfter);
  }

  public Optional<String> verifiedBy() {
    return Optional.ofNullable(verifiedBy);
  }

  public Optional<Instant> verifiedAt() {
    return Optional.ofNullable(verifiedAt);
  }
}
