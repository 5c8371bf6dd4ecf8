package com.meike.privacy.consent.application.internal;

import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildMarked;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.ConsentWithdrawn;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PolicyVersionPublished;
import com.meike.privacy.consent.domain.catalogue.CatalogueFixtures;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.policy.PolicyVersion;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.mockito.ArgumentCaptor;

/**
 * The five services of the context wired onto shared in-memory repositories, as the container would
 * wire them onto one database, with a mocked audit trail and mocked events.
 */
final class ConsentServices {

  /** The entities of the consent ledger and its checks, as the consent tests map them. */
  static final Class<?>[] LEDGER = {
    Purpose.class,
    PolicyVersion.class,
    com.meike.privacy.consent.domain.policy.ReconsentRequirement.class,
    com.meike.privacy.consent.domain.child.ChildStatus.class,
    com.meike.privacy.consent.domain.ledger.ConsentEntry.class,
    com.meike.privacy.consent.domain.ledger.ExceptionUse.class,
    com.meike.privacy.consent.domain.assessment.ImpactAssessment.class
  };

  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  static final String FIRST = CatalogueFixtures.FIRST_VERSION;

  final MovableClock clock = new MovableClock(START);
  final InMemoryRepositories.Purposes purposes;
  final InMemoryRepositories.Policies policies = new InMemoryRepositories.Policies();
  final InMemoryRepositories.Entries entries = new InMemoryRepositories.Entries();
  final InMemoryRepositories.Reconsent reconsent = new InMemoryRepositories.Reconsent(entries);
  final InMemoryRepositories.Children children = new InMemoryRepositories.Children();
  final InMemoryRepositories.ExceptionUses exceptionUses = new InMemoryRepositories.ExceptionUses();
  final InMemoryRepositories.Assessments assessments = new InMemoryRepositories.Assessments();
  final InMemoryRepositories.States states =
      new InMemoryRepositories.States(policies, entries, children, reconsent);
  final AuditTrail auditTrail = mock(AuditTrail.class);

  @SuppressWarnings("unchecked")
  final Event<PolicyVersionPublished> published = mock(Event.class);

  @SuppressWarnings("unchecked")
  final Event<ConsentWithdrawn> withdrawn = mock(Event.class);

  @SuppressWarnings("unchecked")
  final Event<ChildMarked> marked = mock(Event.class);

  final DefaultPurposeCatalogue catalogue = new DefaultPurposeCatalogue();
  final DefaultPolicyVersions versions = new DefaultPolicyVersions();
  final DefaultConsentLedger ledger = new DefaultConsentLedger();
  final DefaultConsentCheck check = new DefaultConsentCheck();
  final DefaultChildRegister register = new DefaultChildRegister();

  /** With the catalogue of {@link CatalogueFixtures} and version 2026-01 published. */
  ConsentServices() {
    this(CatalogueFixtures.catalogue(), true);
  }

  ConsentServices(Collection<Purpose> catalogueContents, boolean firstVersionPublished) {
    purposes = new InMemoryRepositories.Purposes(catalogueContents);
    if (firstVersionPublished) {
      policies.store(
          PolicyVersion.publish(
              FIRST, 1, "first", "全文", false, List.of(), "system", START.minusSeconds(3600)));
    }
    catalogue.purposes = purposes;
    catalogue.policies = policies;

    versions.policies = policies;
    versions.reconsent = reconsent;
    versions.auditTrail = auditTrail;
    versions.published = published;
    versions.clock = clock;

    ledger.purposes = purposes;
    ledger.policies = policies;
    ledger.reconsent = reconsent;
    ledger.children = children;
    ledger.entries = entries;
    ledger.auditTrail = auditTrail;
    ledger.withdrawn = withdrawn;
    ledger.clock = clock;

    check.purposes = purposes;
    check.states = states;
    check.catalogue = publishedCatalogue(purposes, policies);
    check.exceptionUses = exceptionUses;
    check.assessments = assessments.covering(catalogueContents);
    check.auditTrail = auditTrail;
    check.clock = clock;

    register.children = children;
    register.auditTrail = auditTrail;
    register.marked = marked;
    register.clock = clock;
  }

  /** A node's cache of the catalogue and the published versions, on these repositories. */
  static PublishedCatalogue publishedCatalogue(
      com.meike.privacy.consent.domain.catalogue.PurposeRepository purposes,
      com.meike.privacy.consent.domain.policy.PolicyVersionRepository policies) {
    PublishedCatalogueLoader loader = new PublishedCatalogueLoader();
    loader.purposes = purposes;
    loader.policies = policies;
    PublishedCatalogue catalogue = new PublishedCatalogue();
    catalogue.loader = loader;
    catalogue.recheckNanos = 0; // the counter at every check: these tests publish and check at once
    return catalogue;
  }

  /**
   * A node's cache of the catalogue and the published versions on a database: each load on an
   * entity manager of its own, as the container's loader runs in a transaction of its own.
   */
  static PublishedCatalogue publishedCatalogue(jakarta.persistence.EntityManagerFactory emf) {
    PublishedCatalogueLoader loader =
        new PublishedCatalogueLoader() {
          @Override
          public PublishedCatalogue.Snapshot load() {
            try (jakarta.persistence.EntityManager em = emf.createEntityManager()) {
              purposes =
                  new com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPurposeRepository(
                      em);
              policies =
                  new com.meike.privacy.consent.infrastructure.persistence.jpa
                      .JpaPolicyVersionRepository(em);
              return super.load();
            }
          }

          @Override
          public long publications() {
            try (jakarta.persistence.EntityManager em = emf.createEntityManager()) {
              policies =
                  new com.meike.privacy.consent.infrastructure.persistence.jpa
                      .JpaPolicyVersionRepository(em);
              return super.publications();
            }
          }
        };
    PublishedCatalogue catalogue = new PublishedCatalogue();
    catalogue.loader = loader;
    catalogue.recheckNanos = 0; // the counter at every check unless a test sets an interval
    return catalogue;
  }

  /** {@code subject} accepts the policy in force in the app. */
  void accepts(String subject) {
    ledger.acceptPolicy(
        new PolicyAcceptance(SubjectId.of(subject), "POPUP", "SELF", subject), subject);
  }

  /** {@code subject} gives consent to {@code purpose} in the app. */
  void gives(String subject, String purpose) {
    ledger.give(ConsentRequest.of(subject, purpose, "POPUP", "SELF", subject), subject);
  }

  /** {@code subject} withdraws consent to {@code purpose} in the app's settings. */
  void withdraws(String subject, String purpose) {
    ledger.withdraw(ConsentRequest.of(subject, purpose, "SETTINGS", "SELF", subject), subject);
  }

  /** Every audit event recorded so far, oldest first. */
  List<AuditEvent> audits() {
    ArgumentCaptor<AuditEvent> captor = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, atLeastOnce()).record(captor.capture());
    return captor.getAllValues();
  }

  AuditEvent lastAudit() {
    List<AuditEvent> all = audits();
    return all.get(all.size() - 1);
  }
}
