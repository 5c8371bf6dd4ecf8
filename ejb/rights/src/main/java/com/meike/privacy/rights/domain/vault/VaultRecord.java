package com.meike.privacy.rights.domain.vault;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the archive vault (RET-2): what the law required to keep of a person after their
 * deletion or cancellation — one or more records with the same legal basis and keeping date, one
 * JSON line each — sealed whole under the vault's own key. Nothing in clear names the person: the
 * subject is a keyed hash, the content (with its reference) is sealed. Read only by the vault's
 * reader for a lawful disclosure (DISC-1); deleted when {@link #keepUntil()} passes.
 */
@Entity
@Table(name = "rights_vault_record")
public class VaultRecord {

  public static final String TABLE = "rights_vault_record";
  public static final String SEALED_COLUMN = "sealed_content";

  /** The most records one row holds (their JSON lines stay well inside the sealed column). */
  public static final int MAX_RECORDS = 20;

  /** The length of the category column: the categories of a row's records (rights V9_87). */
  public static final int CATEGORIES_LENGTH = 1000;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_hash", length = 64, nullable = false, updatable = false)
  private String subjectHash;

  @Column(name = "category", length = CATEGORIES_LENGTH, nullable = false, updatable = false)
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

  /**
   * The category (a purpose code of consent's catalogue) of each record in the row, in the order of
   * the sealed content's lines; one for a row written before rights V9_87.
   */
  public List<String> categories() {
    return List.of(category.split(" "));
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
