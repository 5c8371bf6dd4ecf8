package com.meike.privacy.incidents.domain.plan;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of the children's incident plan (INC-3): responsibilities, contacts and steps. A
 * version is never changed; a new one is published on top of the newest.
 */
@Entity
@Table(name = "incident_plan_version")
public class IncidentPlanVersion {

  public static final int MAX_SECTION = 8000;
  public static final int MAX_CONTACTS = 4000;
  public static final int MAX_NOTE = 2000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "plan_version", nullable = false, updatable = false)
  private int version;

  @Column(name = "responsibilities", length = MAX_SECTION, nullable = false, updatable = false)
  private String responsibilities;

  @Column(name = "contacts", length = MAX_CONTACTS, nullable = false, updatable = false)
  private String contacts;

  @Column(name = "steps", length = MAX_SECTION, nullable = false, updatable = false)
  private String steps;

  @Column(name = "change_note", length = MAX_NOTE, nullable = false, updatable = false)
  private String changeNote;

  @Column(name = "published_by", length = 100, nullable = false, updatable = false)
  private String publishedBy;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  protected IncidentPlanVersion() {}

  /**
   * The next version of the plan, on top of {@code newest} (null when there is none yet). {@code
   * basedOn} is the version the editor read: another version published meanwhile is a conflict,
   * never silently overwritten.
   *
   * @throws DomainException INVALID_INPUT naming the field; CONFLICT when {@code basedOn} is not
   *     the newest
   */
  public static IncidentPlanVersion publish(
      IncidentPlanVersion newest,
      Integer basedOn,
      String responsibilities,
      String contacts,
      String steps,
      String changeNote,
      String actor,
      Instant now) {
    int current = newest == null ? 0 : newest.version;
    if (basedOn == null) {
      throw DomainException.invalid(
          "basedOn",
          "is required: the version you edited ("
              + current
              + " is the newest"
              + (current == 0 ? "; 0 when there is none" : "")
              + ")");
    }
    if (basedOn != current) {
      throw DomainException.conflict(
          "预案已有更新的版本 The plan's newest version is "
              + current
              + ", not "
              + basedOn
              + ": read it and edit that one.");
    }
    IncidentPlanVersion v = new IncidentPlanVersion();
    v.id = UUID.randomUUID().toString();
    v.version = current + 1;
    v.responsibilities = text("responsibilities", responsibilities, MAX_SECTION);
    v.contacts = text("contacts", contacts, MAX_CONTACTS);
    v.steps = text("steps", steps, MAX_SECTION);
    v.changeNote = text("changeNote", changeNote, MAX_NOTE);
    v.publishedBy = actor;
    v.publishedAt = now;
    return v;
  }

  static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw DomainException.invalid(field, "is longer than " + max + " characters");
    }
    return stripped;
  }

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  public String responsibilities() {
    return responsibilities;
  }

  public String contacts() {
    return contacts;
  }

  public String steps() {
    return steps;
  }

  public String changeNote() {
    return changeNote;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
