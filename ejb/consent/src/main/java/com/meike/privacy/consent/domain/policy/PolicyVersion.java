package com.meike.privacy.consent.domain.policy;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One published version of the privacy policy (CON-5), with its full text. Published once, never
 * changed and never removed, so every version a person ever consented under stays readable (Part 2
 * §VIII: "我们还会将本隐私权政策的旧版本……存档，供您查阅").
 *
 * <p>Rules kept here: the version id is short and printable; summary and text are required; a major
 * change names at least one of the six kinds of §VIII, and a minor one names none. Versions are
 * ordered by their publication {@link #ordinal()}, not by clock time, so the newest published
 * version is the one in force whatever the clocks of the nodes say.
 */
@Entity
@Table(name = "consent_policy_version")
public class PolicyVersion {

  public static final int MAX_VERSION_LENGTH = 32;
  public static final int MAX_SUMMARY_LENGTH = 2000;

  /** Longest text (Java chars); the first published policy has about 18 000. */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");

  @Id
  @Column(name = "version", length = MAX_VERSION_LENGTH, nullable = false, updatable = false)
  private String version;

  @Column(name = "ordinal", nullable = false, updatable = false)
  private int ordinal;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  @Column(name = "published_by", length = 100, nullable = false, updatable = false)
  private String publishedBy;

  @Column(name = "major", nullable = false, updatable = false)
  private boolean major;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "consent_policy_change_kind",
      joinColumns = @JoinColumn(name = "policy_version", nullable = false))
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 32, nullable = false)
  private Set<MajorChangeKind> changeKinds = EnumSet.noneOf(MajorChangeKind.class);

  @Column(name = "summary", length = MAX_SUMMARY_LENGTH, nullable = false, updatable = false)
  private String summary;

  @Column(name = "text", length = MAX_TEXT_LENGTH, nullable = false, updatable = false)
  private String text;

  /** For JPA only. */
  protected PolicyVersion() {}

  private PolicyVersion(
      String version,
      int ordinal,
      Instant publishedAt,
      String publishedBy,
      boolean major,
      Set<MajorChangeKind> changeKinds,
      String summary,
      String text) {
    this.version = version;
    this.ordinal = ordinal;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    this.major = major;
    this.changeKinds = changeKinds;
    this.summary = summary;
    this.text = text;
  }

  /**
   * Checks and creates a version to publish as number {@code ordinal} in publication order.
   *
   * @throws DomainException FORBIDDEN without an identified publisher; INVALID_INPUT on {@code
   *     version}, {@code summary}, {@code text} or {@code majorChangeKinds}
   */
  public static PolicyVersion publish(
      String version,
      int ordinal,
      String summary,
      String text,
      boolean major,
      Collection<MajorChangeKind> kinds,
      String publisher,
      Instant now) {
    Objects.requireNonNull(now, "now");
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal must be positive");
    }
    if (publisher == null || publisher.isBlank()) {
      throw DomainException.forbidden("only an identified staff member may publish a policy");
    }
    String id = checkVersion(version);
    if (summary == null || summary.isBlank()) {
      throw DomainException.invalid("summary", "is required");
    }
    String trimmedSummary = summary.strip();
    if (trimmedSummary.length() > MAX_SUMMARY_LENGTH) {
      throw DomainException.invalid(
          "summary", "must be at most " + MAX_SUMMARY_LENGTH + " characters long");
    }
    if (text == null || text.isBlank()) {
      throw DomainException.invalid("text", "is required");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw DomainException.invalid(
          "text", "must be at most " + MAX_TEXT_LENGTH + " characters long");
    }
    Set<MajorChangeKind> changeKinds = EnumSet.noneOf(MajorChangeKind.class);
    if (kinds != null) {
      kinds.forEach(kind -> changeKinds.add(Objects.requireNonNull(kind, "kind")));
    }
    if (major && changeKinds.isEmpty()) {
      throw DomainException.invalid(
          "majorChangeKinds", "a major change names at least one of the six kinds of §VIII");
    }
    if (!major && !changeKinds.isEmpty()) {
      throw DomainException.invalid(
          "majorChangeKinds", "only a major change names kinds of change");
    }
    return new PolicyVersion(
        id, ordinal, now, publisher.strip(), major, changeKinds, trimmedSummary, text);
  }

  /**
   * A version id as given by a caller: 1 to {@value #MAX_VERSION_LENGTH} letters, digits, dots,
   * underscores or hyphens, starting with a letter or digit (such as {@code 2026-01}).
   *
   * @throws DomainException INVALID_INPUT on field {@code version}
   */
  public static String checkVersion(String version) {
    if (version == null || version.isBlank()) {
      throw DomainException.invalid("version", "is required");
    }
    String trimmed = version.strip();
    if (!VERSION.matcher(trimmed).matches()) {
      throw DomainException.invalid(
          "version",
          "must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return trimmed;
  }

  public String version() {
    return version;
  }

  /** Position in publication order: 1 for the first published version. */
  public int ordinal() {
    return ordinal;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  /** Whether this version is a major change in the sense of Part 2 §VIII. */
  public boolean major() {
    return major;
  }

  /** The kinds of major change; empty for a minor version. */
  public Set<MajorChangeKind> changeKinds() {
    return changeKinds.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(changeKinds));
  }

  public String summary() {
    return summary;
  }

  /** The full text of the policy as published. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof PolicyVersion that && version != null && version.equals(that.version));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(version);
  }

  @Override
  public String toString() {
    return "PolicyVersion[" + version + (major ? ", major " + changeKinds : "") + "]";
  }
}
