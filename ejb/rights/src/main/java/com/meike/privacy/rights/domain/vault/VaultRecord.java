package com.meike.privacy.rights.domain.vault;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One record of the archive vault (RET-2): what the law required to keep of a person after their
 * deletion or cancellation, sealed whole under the vault's own key. Nothing in clear names the
 * person: the subject is a keyed hash, the content (with its reference) is sealed. Read only by the
 * vault's reader for a lawful disclosure (DISC-1); deleted when {@link #keepUntil()} passes.
 */
@Entity
@Table(name = "rights_vault_record")
public class VaultRecord {

  public static final String TABLE = "rights_vault_record";
  public static final String SEALED_COLUMN = "sealed_content";

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_hash", length = 64, nullable = false, updatable = false)
  private String subjectHash;

  @Column(name = "category", length = 64, nullable = false, updatable = false)
  private String category;

  @Column(name = "legal_basis", length = 1000, nullable = false, updatable = false)
  private String legalBasis;

  @Column(name = "deposited_at", nullable = false, updatable = false)
  private Instant depositedAt;

  @Column(name = "keep_until", nullable = false, updatable = false)
  private Instant keepUntil;

  @Column(name = SEALED_COLUMN, length = 100_000, nullable = false)
  private String sealedContent;

  protected VaultRecord() {}

  public VaultRecord(
      String id,
      String subjectHash,
      String category,
      String legalBasis,
      Instant depositedAt,
      Instant keepUntil,
      String sealedContent) {
    this.id = Objects.requireNonNull(id, "id");
    this.subjectHash = Objects.requireNonNull(subjectHash, "subjectHash");
    this.category = Objects.requireNonNull(category, "category");
    this.legalBasis = legalBasis.length() <= 1000 ? legalBasis : legalBasis.substring(0, 1000);
    this.depositedAt = Objects.requireNonNull(depositedAt, "depositedAt");
    this.keepUntil = Objects.requireNonNull(keepUntil, "keepUntil");
    if (keepUntil.isBefore(depositedAt)) {
      throw new IllegalArgumentException("a vault record is kept until after its deposit");
    }
    this.sealedContent = Objects.requireNonNull(sealedContent, "sealedContent");
  }

  public String id() {
    return id;
  }

  public String subjectHash() {
    return subjectHash;
  }

  public String category() {
    return category;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public Instant depositedAt() {
    return depositedAt;
  }

  public Instant keepUntil() {
    return keepUntil;
  }

  public String sealedContent() {
    return sealedContent;
  }
}
