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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the legal minimum of a deletion or cancellation into the archive vault (RET-2), in the
 * caller's transaction, and deletes vault records whose keeping date passed (RET-1).
 *
 * <p>Each {@link LegalMinimum} becomes one row: its category (a purpose code), the legal basis, the
 * deposit and keeping dates in clear; the reference and content sealed whole under {@value
 * #VAULT_KEY}, a key no other part of the system holds; the subject as an HMAC under {@value
 * #LOOKUP_KEY}. A record is kept until the later of the context's legal period and {@value
 * #LIMITATION_YEARS} years (default 5: the shortest limitation period of the Criminal Law, art. 87,
 * which covers infringing personal information, art. 253-1, in its ordinary form; the privacy
 * office sets a longer one where it must).
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
   * sealed one by one as there (a seal is bound to its row), and <b>one</b> audit entry for the
   * batch with the counts per category and the number, range and digest of the people ({@link
   * DisposalDigest}).
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
      for (LegalMinimum record : person.getValue()) {
        String id = UUID.randomUUID().toString();
        Instant until =
            record.keepAtLeastUntil().isAfter(limitation) ? record.keepAtLeastUntil() : limitation;
        Map<String, Object> sealed = new LinkedHashMap<>();
        sealed.put("category", record.category());
        sealed.put("reference", record.reference());
        sealed.put("request", requestId);
        sealed.put("content", record.content());
        vault.add(
            new VaultRecord(
                id,
                subjectHash,
                record.category(),
                record.legalBasis(),
                now,
                until,
                seal.seal(
                    PackageJson.write(sealed),
                    SealBinding.of(VaultRecord.TABLE, VaultRecord.SEALED_COLUMN, id))));
        counts.merge(record.category(), 1, Integer::sum);
        latest = until.isAfter(latest) ? until : latest;
        records++;
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
