package com.meike.privacy.partner.domain.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One disclosure to a partner (PTN-5): the fields actually sent (after the scope cut them), of whom
 * (account id, or none), for which purpose, in which message, when. Written in the same transaction
 * as the outbox row, so the log holds exactly the messages that exist. Never changed.
 */
@Entity
@Table(name = "partner_disclosure")
public class Disclosure {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "message_id", length = 36, nullable = false, updatable = false)
  private String messageId;

  @Column(name = "partner_id", length = 32, nullable = false, updatable = false)
  private String partnerId;

  @Column(name = "subject_id", length = 64, updatable = false)
  private String subjectId;

  @Column(name = "purpose_code", length = 64, nullable = false, updatable = false)
  private String purpose;

  @Column(name = "message_type", length = 100, nullable = false, updatable = false)
  private String type;

  @Column(name = "fields", length = 1000, nullable = false, updatable = false)
  private String fields;

  @Column(name = "disclosed_at", nullable = false, updatable = false)
  private Instant disclosedAt;

  /** For JPA only. */
  protected Disclosure() {}

  public Disclosure(
      String id,
      String messageId,
      String partnerId,
      String subjectId,
      String purpose,
      String type,
      List<String> fields,
      Instant disclosedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
    this.subjectId = subjectId;
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.type = Objects.requireNonNull(type, "type");
    String joined = String.join(",", fields);
    this.fields = joined.length() <= 1000 ? joined : joined.substring(0, 1000);
    this.disclosedAt = Objects.requireNonNull(disclosedAt, "disclosedAt");
  }

  public String id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public String partnerId() {
    return partnerId;
  }

  /** The person's account id, or null for a message about nobody. */
  public String subjectId() {
    return subjectId;
  }

  public String purpose() {
    return purpose;
  }

  public String type() {
    return type;
  }

  public List<String> fields() {
    return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
  }

  /** The fields as the log stores them: comma-separated, at most 1000 characters. */
  public String storedFields() {
    return fields;
  }

  public Instant disclosedAt() {
    return disclosedAt;
  }
}
