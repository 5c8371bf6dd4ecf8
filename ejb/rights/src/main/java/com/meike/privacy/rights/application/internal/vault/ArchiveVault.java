package com.meike.privacy.rights.application.internal.vault;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.rights.LegalMinimum;
import com.meike.privacy.rights.domain.request.PackageJson;
import com.meike.privacy.rights.domain.vault.VaultRecord;
import com.meike.privacy.rights.domain.vault.VaultRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the legal minimum of a deletion or cancellation into the archive vault (RET-2), in the
 * caller's transaction, and deletes vault records whose keeping date passed (RET-1).
 *
 * <p>The {@link LegalMinimum} records of one person with the same legal basis and keeping date
 * become one row (up to {@value VaultRecord#MAX_RECORDS}): their categories (purpose codes), the
 * legal basis, the deposit and keeping dates in clear; each record's reference and content one JSON
 * line of the content sealed whole under {@value #VAULT_KEY}, a key no other part of the system
 * holds; the subject as an HMAC under {@value #LOOKUP_KEY}. A record is kept until the later of the
 * context's legal period and {@value #LIMITATION_YEARS} years (default 5: the shortest limitation
 * period of the Criminal Law, art. 87, which covers infringing personal information, art. 253-1, in
 * its ordinary form; the privacy office sets a longer one where it must).
 */
@Stateless
public class ArchiveVault {

  public static final String VAULT_KEY = "meike.rights.vault-key";
  public static final String LOOKUP_KEY = "meike.rights.vault-lookup-key";
  public static final String LIMITATION_YEARS = "meike.rights.vault-limitation-years";

  @Inject VaultRepository vault;

  @Inject
  @Key(value = VAULT_KEY, defaultId = "v1")
  FieldCipher seal;

  @Inject
  @Key(LOOKUP_KEY)
  KeyedHash lookup;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = LIMITATION_YEARS, defaultValue = "5")
  int limitationYears;

  /** For the container. */
  public ArchiveVault() {}

  /** Outside a container (tests, tools): on the given repository, keys, audit and clock. */
  public ArchiveVault(
      VaultRepository vault,
      FieldCipher seal,
      KeyedHash lookup,
      AuditTrail auditTrail,
      Clock clock,
      int limitationYears) {
    this.vault = vault;
    this.seal = seal;
    this.lookup = lookup;
    this.auditTrail = auditTrail;
    this.clock = clock;
    this.limitationYears = limitationYears;
  }

  /**
   * Seals every record of {@code minimum} about {@code subject} into the vault for the erasure of
   * request {@code requestId} by {@code actor}; audited with the counts per category.
   */
  public int deposit(
      String subject, Collection<LegalMinimum> minimum, String requestId, String actor) {
    return depositAll(Map.of(subject, minimum), requestId, actor);
  }

  /**
   * {@link #deposit} for a batch of people (a shutdown's disposal batch): every person's records
   * sealed as there (a seal is bound to its row), and <b>one</b> audit entry for the batch with the
   * counts per category and the number, range and digest of the people ({@link DisposalDigest}).
   */
  public int depositAll(
      Map<String, ? extends Collection<LegalMinimum>> minimum, String requestId, String actor) {
    Instant now = clock.instant();
    Instant limitation = now.atZone(ZoneOffset.UTC).plusYears(limitationYears).toInstant();
    Map<String, Integer> counts = new TreeMap<>();
    Instant latest = now;
    int records = 0;
    for (Map.Entry<String, ? extends Collection<LegalMinimum>> person : minimum.entrySet()) {
      if (person.getValue().isEmpty()) {
        continue;
      }
      String subjectHash = lookup.hash(person.getKey());
      // One row per person, legal basis and keeping date (issue 16: a shutdown's person with one
      // order hands over its transaction record and its contact — one row and one seal, not two);
      // a row's records are kept and deleted together, so only records with the same date share
      // one.
      Map<RowKey, List<LegalMinimum>> rows = new LinkedHashMap<>();
      for (LegalMinimum record : person.getValue()) {
        Instant until =
            record.keepAtLeastUntil().isAfter(limitation) ? record.keepAtLeastUntil() : limitation;
        rows.computeIfAbsent(new RowKey(record.legalBasis(), until), k -> new ArrayList<>())
            .add(record);
      }
      for (Map.Entry<RowKey, List<LegalMinimum>> row : rows.entrySet()) {
        String basis = row.getKey().legalBasis();
        Instant until = row.getKey().keepUntil();
        List<String> categories = new ArrayList<>();
        int categoriesLength = -1; // the column's length so far: categories joined by a space
        StringBuilder content = new StringBuilder();
        for (LegalMinimum record : row.getValue()) {
          if (!categories.isEmpty()
              && (categories.size() == VaultRecord.MAX_RECORDS
                  || categoriesLength + 1 + record.category().length()
                      > VaultRecord.CATEGORIES_LENGTH)) {
            add(subjectHash, categories, basis, now, until, content);
            categories = new ArrayList<>();
            categoriesLength = -1;
            content = new StringBuilder();
          }
          Map<String, Object> sealed = new LinkedHashMap<>();
          sealed.put("category", record.category());
          sealed.put("reference", record.reference());
          sealed.put("request", requestId);
          sealed.put("content", record.content());
          content.append(content.length() == 0 ? "" : "\n").append(PackageJson.write(sealed));
          categories.add(record.category());
          categoriesLength += 1 + record.category().length();
          counts.merge(record.category(), 1, Integer::sum);
          records++;
        }
        add(subjectHash, categories, basis, now, until, content);
        latest = until.isAfter(latest) ? until : latest;
      }
    }
    if (records == 0) {
      return 0;
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "rights.vault.deposited",
            "data-subject-request",
            requestId,
            records
                + " record(s) sealed into the archive vault "
                + counts
                + ", kept until "
                + latest
                + " at the latest (RET-2)"
                + (minimum.size() > 1
                    ? ", for the people " + DisposalDigest.of(minimum.keySet())
                    : "")));
    return records;
  }

  /** The records that may share one vault row: kept and deleted together, on the same basis. */
  private record RowKey(String legalBasis, Instant keepUntil) {}

  /**
   * One vault row: the records' JSON lines sealed together under the vault key (bound to the row),
   * their categories in clear in the same order ({@link VaultRecord#categories()}).
   */
  private void add(
      String subjectHash,
      List<String> categories,
      String basis,
      Instant now,
      Instant until,
      CharSequence lines) {
    String id = UUID.randomUUID().toString();
    vault.add(
        new VaultRecord(
            id,
            subjectHash,
            String.join(" ", categories),
            basis,
            now,
            until,
            seal.seal(
                lines.toString(),
                SealBinding.of(VaultRecord.TABLE, VaultRecord.SEALED_COLUMN, id))));
  }

  /**
   * Deletes at most {@code limit} vault records whose keeping date passed; audited with the count.
   */
  public int expireDue(int limit) {
    Instant now = clock.instant();
    int deleted = vault.deleteExpired(now, limit);
    if (deleted > 0) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "rights.vault.expired",
              "retention",
              VaultRecord.TABLE,
              deleted + " archive vault record(s) past their keeping date deleted (RET-1, RET-2)"));
    }
    return deleted;
  }
}
