package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.domain.ledger.LedgerFixtures.numbered;

import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.child.ChildStatusRepository;
import com.meike.privacy.consent.domain.ledger.ConsentAction;
import com.meike.privacy.consent.domain.ledger.ConsentEntry;
import com.meike.privacy.consent.domain.ledger.ConsentEntryRepository;
import com.meike.privacy.consent.domain.ledger.ConsentState;
import com.meike.privacy.consent.domain.ledger.ConsentStateRepository;
import com.meike.privacy.consent.domain.ledger.ExceptionUse;
import com.meike.privacy.consent.domain.ledger.ExceptionUseRepository;
import com.meike.privacy.consent.domain.policy.PolicyVersion;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import com.meike.privacy.consent.domain.policy.ReconsentRequirementRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Repositories in maps and lists, for service tests without a database. */
final class InMemoryRepositories {

  private InMemoryRepositories() {}

  static final class Purposes implements PurposeRepository {
    final Map<String, Purpose> stored = new LinkedHashMap<>();

    Purposes(Collection<Purpose> purposes) {
      purposes.forEach(purpose -> stored.put(purpose.code().value(), purpose));
    }

    @Override
    public Optional<Purpose> find(PurposeCode code) {
      return Optional.ofNullable(stored.get(code.value()));
    }

    @Override
    public List<Purpose> all() {
      return stored.values().stream()
          .sorted(Comparator.comparing(purpose -> purpose.code().value()))
          .toList();
    }
  }

  static final class Policies implements PolicyVersionRepository {
    final Map<String, PolicyVersion> stored = new LinkedHashMap<>();

    @Override
    public Optional<PolicyVersion> find(String version) {
      return Optional.ofNullable(version == null ? null : stored.get(version));
    }

    @Override
    public List<PolicyVersion> all() {
      return stored.values().stream()
          .sorted(Comparator.comparingInt(PolicyVersion::ordinal).reversed())
          .toList();
    }

    @Override
    public Optional<String> currentVersion() {
      return all().stream().findFirst().map(PolicyVersion::version);
    }

    @Override
    public boolean isPublished(String version) {
      return stored.containsKey(version);
    }

    @Override
    public Set<String> publishedVersions() {
      return Set.copyOf(stored.keySet());
    }

    @Override
    public int nextOrdinal() {
      return stored.values().stream().mapToInt(PolicyVersion::ordinal).max().orElse(0) + 1;
    }

    @Override
    public void store(PolicyVersion version) {
      stored.put(version.version(), version);
    }
  }

  /** The check's one read, composed from the other in-memory repositories. */
  static final class States implements ConsentStateRepository {
    private final Policies policies;
    private final Entries entries;
    private final Children children;
    private final Reconsent reconsent;

    States(Policies policies, Entries entries, Children children, Reconsent reconsent) {
      this.policies = policies;
      this.entries = entries;
      this.children = children;
      this.reconsent = reconsent;
    }

    @Override
    public ConsentState read(String subjectId, String purposeCode) {
      return new ConsentState(
          entries.latest(subjectId, purposeCode),
          children.find(subjectId),
          reconsent.latestFor(subjectId));
    }
  }

  static final class Entries implements ConsentEntryRepository {
    final List<ConsentEntry> stored = new ArrayList<>();
    private long sequence;

    @Override
    public void append(ConsentEntry entry) {
      stored.add(numbered(entry, ++sequence));
    }

    @Override
    public Optional<ConsentEntry> latest(String subjectId, String purposeCode) {
      return stored.stream()
          .filter(entry -> entry.subjectId().equals(subjectId))
          .filter(entry -> entry.purposeCode().equals(purposeCode))
          .max(Comparator.comparing(ConsentEntry::sequence));
    }

    @Override
    public List<ConsentEntry> history(String subjectId) {
      return stored.stream().filter(entry -> entry.subjectId().equals(subjectId)).toList();
    }
  }

  static final class Reconsent implements ReconsentRequirementRepository {
    final List<ReconsentRequirement> stored = new ArrayList<>();
    private final Entries entries;

    Reconsent(Entries entries) {
      this.entries = entries;
    }

    @Override
    public int markEveryoneWhoConsented(String policyVersion, Instant markedAt) {
      Set<String> subjects =
          entries.stored.stream()
              .filter(entry -> entry.action() == ConsentAction.GIVEN)
              .map(ConsentEntry::subjectId)
              .collect(Collectors.toCollection(TreeSet::new));
      subjects.forEach(
          subject -> stored.add(new ReconsentRequirement(subject, policyVersion, markedAt)));
      return subjects.size();
    }

    @Override
    public int markForTransfer(
        String policyVersion, String transferId, List<String> purposeCodes, Instant markedAt) {
      throw new UnsupportedOperationException("covered on H2: DataHolderTransfersOnH2Test");
    }

    @Override
    public Optional<ReconsentRequirement> latestFor(String subjectId) {
      return stored.stream()
          .filter(requirement -> requirement.subjectId().equals(subjectId))
          .max(
              Comparator.comparing(ReconsentRequirement::markedAt)
                  .thenComparing(ReconsentRequirement::policyVersion));
    }

    @Override
    public int satisfyOpen(String subjectId, Instant now) {
      List<ReconsentRequirement> open =
          stored.stream()
              .filter(requirement -> requirement.subjectId().equals(subjectId))
              .filter(requirement -> requirement.satisfiedAt().isEmpty())
              .toList();
      open.forEach(requirement -> requirement.satisfy(now));
      return open.size();
    }

    @Override
    public List<ReconsentRequirement> awaitingNotice(int limit) {
      return stored.stream()
          .filter(requirement -> requirement.notifiedAt().isEmpty())
          .filter(requirement -> requirement.satisfiedAt().isEmpty())
          .sorted(
              Comparator.comparing(ReconsentRequirement::markedAt)
                  .thenComparing(ReconsentRequirement::subjectId))
          .limit(limit)
          .toList();
    }

    @Override
    public boolean claimNotice(
        String subjectId, String policyVersion, String recipient, Instant now) {
      return stored.stream()
          .filter(r -> r.subjectId().equals(subjectId) && r.policyVersion().equals(policyVersion))
          .findFirst()
          .map(r -> r.recordNotice(recipient, now))
          .orElse(false);
    }

    @Override
    public List<String> awaiting(String policyVersion, String afterSubjectId, int limit) {
      String after = afterSubjectId == null ? "" : afterSubjectId;
      return stored.stream()
          .filter(requirement -> requirement.policyVersion().equals(policyVersion))
          .filter(requirement -> requirement.satisfiedAt().isEmpty())
          .map(ReconsentRequirement::subjectId)
          .filter(subject -> subject.compareTo(after) > 0)
          .sorted()
          .limit(limit)
          .toList();
    }
  }

  static final class Children implements ChildStatusRepository {
    final Map<String, ChildStatus> stored = new LinkedHashMap<>();

    @Override
    public Optional<ChildStatus> find(String subjectId) {
      return Optional.ofNullable(stored.get(subjectId));
    }

    /** No account is closed here. */
    @Override
    public Optional<ChildStatus> findOpen(String subjectId) {
      return find(subjectId);
    }

    @Override
    public List<ChildStatus> childrenOf(String guardianId) {
      return stored.values().stream().filter(c -> c.hasGuardian(guardianId)).toList();
    }

    @Override
    public void store(ChildStatus status) {
      stored.put(status.subjectId(), status);
    }

    @Override
    public long count() {
      return stored.size();
    }
  }

  static final class ExceptionUses implements ExceptionUseRepository {
    final Map<String, ExceptionUse> stored = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public String nextId() {
      return "use-" + ids.incrementAndGet();
    }

    @Override
    public void store(ExceptionUse use) {
      stored.put(use.id(), use);
    }

    @Override
    public Optional<ExceptionUse> find(String id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<ExceptionUse> forSubject(String subjectId) {
      return stored.values().stream().filter(use -> use.subjectId().equals(subjectId)).toList();
    }
  }

  /** The register of impact assessments in memory. */
  static final class Assessments
      implements com.meike.privacy.consent.domain.assessment.ImpactAssessmentRepository {
    final Map<String, com.meike.privacy.consent.domain.assessment.ImpactAssessment> stored =
        new LinkedHashMap<>();

    @Override
    public Optional<com.meike.privacy.consent.domain.assessment.ImpactAssessment> find(String id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<com.meike.privacy.consent.domain.assessment.ImpactAssessment> all() {
      List<com.meike.privacy.consent.domain.assessment.ImpactAssessment> all =
          new java.util.ArrayList<>(stored.values());
      java.util.Collections.reverse(all);
      return all;
    }

    @Override
    public void store(com.meike.privacy.consent.domain.assessment.ImpactAssessment assessment) {
      stored.put(assessment.id(), assessment);
    }

    @Override
    public Optional<com.meike.privacy.consent.domain.assessment.ImpactAssessment> inForce(
        String key) {
      return all().stream()
          .filter(a -> a.processingKey().equals(key) && a.withdrawnAt() == null)
          .findFirst();
    }

    @Override
    public int deleteWithdrawnKeptUntilBefore(java.time.LocalDate today, int limit) {
      List<String> due =
          stored.values().stream()
              .filter(a -> a.withdrawnAt() != null && a.keepUntil().isBefore(today))
              .limit(limit)
              .map(com.meike.privacy.consent.domain.assessment.ImpactAssessment::id)
              .toList();
      due.forEach(stored::remove);
      return due.size();
    }

    /**
     * An acceptable assessment of every sensitive purpose and automated decision of the catalogue.
     */
    Assessments covering(
        java.util.Collection<com.meike.privacy.consent.domain.catalogue.Purpose> purposes) {
      for (com.meike.privacy.consent.domain.catalogue.Purpose p : purposes) {
        if (p.sensitive()) {
          store(
              assessment(
                  com.meike.privacy.consent.domain.assessment.AssessedProcessing
                      .SENSITIVE_PROCESSING,
                  p.code().value()));
        }
        if (p.automatedDecision()) {
          store(
              assessment(
                  com.meike.privacy.consent.domain.assessment.AssessedProcessing.AUTOMATED_DECISION,
                  p.code().value()));
        }
      }
      return this;
    }

    static com.meike.privacy.consent.domain.assessment.ImpactAssessment assessment(
        com.meike.privacy.consent.domain.assessment.AssessedProcessing kind, String purpose) {
      return com.meike.privacy.consent.domain.assessment.ImpactAssessment.record(
          kind,
          purpose,
          null,
          null,
          com.meike.privacy.consent.domain.assessment.AssessmentConclusion.ACCEPTABLE,
          "PIA-T",
          "fixture",
          java.time.LocalDate.of(2026, 1, 1),
          "privacy.officer",
          "privacy.officer",
          java.time.Instant.parse("2026-01-01T00:00:00Z"),
          java.time.LocalDate.of(2026, 1, 1),
          3);
    }
  }
}
