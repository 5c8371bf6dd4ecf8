package com.meike.privacy.notification.domain.notice;

import java.util.List;
import java.util.Optional;

/** Notices sent; joins the caller's transaction. */
public interface NotificationRepository {

  void store(Notification notification);

  /**
   * Stores new notices together (one JDBC batch in the container); as {@link #store} one by one.
   */
  default void storeAll(List<Notification> notifications) {
    notifications.forEach(this::store);
  }

  /**
   * The notices already written as any of these partner messages, by message id (issue 14: a
   * campaign batch repeated after its notices committed finds them instead of writing them twice).
   */
  java.util.Map<String, Notification> forMessages(java.util.Collection<String> messageIds);

  /** The notice sent as partner message {@code messageId}, locked for its status update. */
  Optional<Notification> forMessage(String messageId);

  /** The person's latest notices, newest first, at most {@code max}. */
  List<Notification> forSubject(String subjectId, int max);

  /**
   * Detaches the person's notices from them (their erasure): the subject becomes empty; template,
   * channel, partner and delivery status stay as the record of what was sent. How many.
   */
  int forgetSubject(String subjectId);

  /**
   * Deletes at most {@code limit} notices created before {@code cutoff}, oldest first (RET-1); how
   * many.
   */
  int deleteCreatedBefore(java.time.Instant cutoff, int limit);

  /**
   * Detaches the notices of any of {@code subjectIds} sent for one of {@code purposes} (their
   * templates' purpose) from them (SHUT-1: a service that shuts down, a page of people at once);
   * how many.
   */
  int forgetSubjectsFor(
      java.util.Collection<String> subjectIds, java.util.Collection<String> purposes);

  /** Notices still naming a person, sent for one of {@code purposes}. */
  long countNamedFor(java.util.Collection<String> purposes);

  /**
   * People named by notices sent for one of {@code purposes}, ascending, the next {@code limit}
   * after {@code after}.
   */
  List<String> subjectsFor(java.util.Collection<String> purposes, String after, int limit);
}
