package com.meike.privacy.rights.domain.shutdown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One line of a shutdown's verification (SHUT-1): in one context's store, how many items of a
 * category are still held for the service ({@code left}, must be zero) and how many are kept
 * lawfully.
 */
@Entity
@Table(name = "rights_shutdown_remaining")
@IdClass(RemainingCount.Key.class)
public class RemainingCount {

  /** Composite key: shutdown, context, category. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String shutdownId;
    String contextName;
    String category;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(shutdownId, key.shutdownId)
          && Objects.equals(contextName, key.contextName)
          && Objects.equals(category, key.category);
    }

    @Override
    public int hashCode() {
      return Objects.hash(shutdownId, contextName, category);
    }
  }

  @Id
  @Column(name = "shutdown_id", length = 36, nullable = false)
  private String shutdownId;

  @Id
  @Column(name = "context_name", length = 32, nullable = false)
  private String contextName;

  @Id
  @Column(name = "category", length = 200, nullable = false)
  private String category;

  @Column(name = "left_count", nullable = false)
  private long left;

  @Column(name = "kept_count", nullable = false)
  private long kept;

  protected RemainingCount() {}

  public RemainingCount(
      String shutdownId, String contextName, String category, long left, long kept) {
    this.shutdownId = Objects.requireNonNull(shutdownId, "shutdownId");
    this.contextName = Objects.requireNonNull(contextName, "contextName");
    this.category = category.length() > 200 ? category.substring(0, 200) : category;
    this.left = left;
    this.kept = kept;
  }

  public String shutdownId() {
    return shutdownId;
  }

  public String contextName() {
    return contextName;
  }

  public String category() {
    return category;
  }

  public long left() {
    return left;
  }

  public long kept() {
    return kept;
  }
}
