package com.meike.privacy.order.domain.order;

import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The customer's review of a completed order (ORD-4): one per order, by the customer who placed it.
 * The text may name people and places, so it is held only sealed. A rating at or below the
 * bad-review threshold puts the order's recordings on legal hold (REC-6); {@link #recordingsHeld()}
 * keeps that this review did so.
 */
@Entity
@Table(name = "order_review")
public class OrderReview {

  /** Lowest and highest rating. */
  public static final int MIN_RATING = 1;

  public static final int MAX_RATING = 5;

  /** Longest review text, in characters. */
  public static final int MAX_TEXT = 1000;

  @Id
  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "customer_id")
  private String customerId;

  private int rating;

  @Column(name = "review_text")
  private String sealedText;

  @Column(name = "recordings_held")
  private boolean recordingsHeld;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  /** For JPA. */
  protected OrderReview() {}

  /**
   * The review of {@code order} by {@code customerId}; {@code seal} encrypts the text. Checks, in
   * this order: the reviewer placed the order (FORBIDDEN), the rating and text (INVALID_INPUT), the
   * order was completed (CONFLICT). Reviewing only once is the caller's check (it needs the
   * repository).
   *
   * @param badReviewThreshold ratings at or below it are bad reviews and hold the recordings
   */
  public static OrderReview write(
      ServiceOrder order,
      String customerId,
      Integer rating,
      String text,
      int badReviewThreshold,
      ColumnSeal seal,
      Instant now) {
    if (customerId == null || !customerId.equals(order.customerId())) {
      throw DomainException.forbidden("only the customer who placed the order reviews it");
    }
    if (rating == null) {
      throw DomainException.invalid("rating", "is required");
    }
    if (rating < MIN_RATING || rating > MAX_RATING) {
      throw DomainException.invalid("rating", "must be a whole number from 1 to 5");
    }
    String cleanText = text(text);
    if (order.status() != OrderStatus.COMPLETED) {
      throw DomainException.conflict(
          "only a completed order can be reviewed; it is " + order.status());
    }
    OrderReview review = new OrderReview();
    review.orderNumber = order.number();
    review.customerId = customerId;
    review.rating = rating;
    review.sealedText = cleanText == null ? null : seal.apply("review_text", cleanText);
    review.recordingsHeld = rating <= badReviewThreshold;
    review.reviewedAt = now;
    return review;
  }

  /**
   * Anonymises the review with its order (RET-4): the reviewer becomes {@link
   * ServiceOrder#ANONYMISED} and the text is deleted; the rating and whether it held the recordings
   * stay (the order's record, the hold's reason).
   */
  public void anonymise() {
    customerId = ServiceOrder.ANONYMISED;
    sealedText = null;
  }

  private static String text(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_TEXT) {
      throw DomainException.invalid("text", "at most " + MAX_TEXT + " characters");
    }
    if (stripped.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      throw DomainException.invalid("text", "must be plain text");
    }
    return stripped;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public String customerId() {
    return customerId;
  }

  public int rating() {
    return rating;
  }

  /** The text, opened with {@code open}; empty when the customer wrote none. */
  public Optional<String> text(ColumnSeal open) {
    return Optional.ofNullable(sealedText).map(cipher -> open.apply("review_text", cipher));
  }

  /** Whether this review was a bad review that put the order's recordings on legal hold. */
  public boolean recordingsHeld() {
    return recordingsHeld;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }
}
