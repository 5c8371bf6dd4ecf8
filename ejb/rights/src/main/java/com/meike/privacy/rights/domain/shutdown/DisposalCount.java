package com.meike.privacy.rights.domain.shutdown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * What one context did for one shutdown, summed over the batches: rows deleted and anonymised, what
 * it keeps.
 */
@Entity
@Table(name = "rights_shutdown_count")
@IdClass(DisposalCount.Key.class)
public class DisposalCount {

  /** Composite key: the shutdown and the context. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String shutdownId;
    String contextName;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(shutdownId, key.shutdownId)
          && java.util.Objects.equals(contextName, key.contextName);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(shutdownId, contextName);
    }
  }

  @Id
  @Column(name = "shutdown_id", length = 36, nullable = false)
  private String shutdownId;

  @Id
  @Column(name = "context_name", length = 32, nullable = false)
  private String contextName;

  @Column(name = "deleted_rows", nullable = false)
  private long deleted;

  @Column(name = "anonymised_rows", nullable = false)
  private long anonymised;

  @Column(name = "kept", length = 2000)
  private String kept;

  protected DisposalCount() {}

  public DisposalCount(String shutdownId, String contextName) {
    this.shutdownId = shutdownId;
    this.contextName = contextName;
  }

  public void add(int deletedRows, int anonymisedRows, java.util.List<String> keptNotes) {
    this.deleted += deletedRows;
    this.anonymised += anonymisedRows;
    if (!keptNotes.isEmpty()) {
      String joined = String.join("; ", keptNotes);
      this.kept = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }
  }

  public String shutdownId() {
    return shutdownId;
  }

  public String contextName() {
    return contextName;
  }

  public long deleted() {
    return deleted;
  }

  public long anonymised() {
    return anonymised;
  }

  public String kept() {
    return kept;
  }
}
