package com.meike.privacy.rights.application.internal.vault;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.rights.ArchiveReader;
import com.meike.privacy.rights.domain.vault.VaultRecord;
import com.meike.privacy.rights.domain.vault.VaultRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The archive vault's one reader (RET-2, DISC-1), for the lawful context's disclosure path: opens a
 * subject's records of the scoped categories for an approved disclosure, audited with the
 * disclosure request's id and the counts.
 */
@Stateless
@Local(ArchiveReader.class)
public class VaultReader implements ArchiveReader {

  @Inject VaultRepository vault;

  @Inject
  @Key(value = ArchiveVault.VAULT_KEY, defaultId = "v1")
  FieldCipher seal;

  @Inject
  @Key(ArchiveVault.LOOKUP_KEY)
  KeyedHash lookup;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  /** For the container. */
  public VaultReader() {}

  /** Outside a container (tests): on the given repository, keys, audit and clock. */
  public VaultReader(
      VaultRepository vault,
      FieldCipher seal,
      KeyedHash lookup,
      AuditTrail auditTrail,
      Clock clock) {
    this.vault = vault;
    this.seal = seal;
    this.lookup = lookup;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  @Override
  public boolean holdsAbout(String subject, String actor) {
    boolean holds =
        subject != null
            && !subject.isBlank()
            && vault.holds(lookup.hash(subject.strip()), clock.instant());
    auditTrail.record(
        new AuditEvent(
            actor,
            "rights.vault.looked-up",
            "archive-vault",
            "subject",
            "whether the archive vault holds records about the subject of a lawful disclosure request: "
                + holds));
    return holds;
  }

  @Override
  public List<ArchivedRecord> openForDisclosure(
      String subject, Set<String> categories, String disclosureRequestId, String reader) {
    if (disclosureRequestId == null
        || disclosureRequestId.isBlank()
        || reader == null
        || reader.isBlank()) {
      throw DomainException.forbidden(
          "the archive vault opens only for a decided lawful disclosure (DISC-1)");
    }
    Instant now = clock.instant();
    List<ArchivedRecord> opened = new ArrayList<>();
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (VaultRecord record : vault.of(lookup.hash(subject.strip()), now)) {
      List<String> kinds = record.categories();
      if (java.util.Collections.disjoint(kinds, categories)) {
        continue;
      }
      // one JSON line per record, in the order of the row's categories (ArchiveVault)
      String[] lines =
          seal.open(
                  record.sealedContent(),
                  SealBinding.of(VaultRecord.TABLE, VaultRecord.SEALED_COLUMN, record.id()))
              .split("\n");
      if (lines.length != kinds.size()) {
        throw new IllegalStateException(
            "vault row " + record.id() + ": its categories and records differ in number");
      }
      for (int i = 0; i < lines.length; i++) {
        if (!categories.contains(kinds.get(i))) {
          continue;
        }
        opened.add(
            new ArchivedRecord(
                kinds.get(i),
                lines[i],
                record.legalBasis(),
                record.depositedAt(),
                record.keepUntil()));
        counts.merge(kinds.get(i), 1, Integer::sum);
      }
    }
    auditTrail.record(
        new AuditEvent(
            reader,
            "rights.vault.opened",
            "lawful-disclosure-request",
            disclosureRequestId,
            opened.size()
                + " archive vault record(s) opened for the lawful disclosure "
                + counts
                + " (RET-2, DISC-1)"));
    return opened;
  }
}
