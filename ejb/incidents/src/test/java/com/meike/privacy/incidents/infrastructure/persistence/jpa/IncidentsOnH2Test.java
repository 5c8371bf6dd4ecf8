package com.meike.privacy.incidents.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.incidents.domain.breach.BreachIncident;
import com.meike.privacy.incidents.domain.breach.GradingRules;
import com.meike.privacy.incidents.domain.breach.IncidentEntry;
import com.meike.privacy.incidents.domain.breach.IncidentEntryKind;
import com.meike.privacy.incidents.domain.breach.IncidentGrade;
import com.meike.privacy.incidents.domain.breach.RegulatorReport;
import com.meike.privacy.incidents.domain.complaint.AttachmentContent;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintAttachment;
import com.meike.privacy.incidents.domain.complaint.ComplaintEntry;
import com.meike.privacy.incidents.domain.complaint.RecordingAccessLink;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The security-incident tables of the incidents migrations, their mapping ({@code validate}) and
 * queries on H2.
 */
class IncidentsOnH2Test {

  static final Instant DISCOVERED = Instant.parse("2026-12-06T01:00:00Z");
  static final GradingRules RULES = new GradingRules(1_000_000, 10_000_000, 100_000_000);
  static final BreachIncident.Clocks CLOCKS =
      new BreachIncident.Clocks(
          Duration.ofHours(4), Duration.ofHours(24), Duration.ofHours(1), Duration.ofMinutes(30));

  ContextDatabase db;
  EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "incidents",
            Complaint.class,
            ComplaintEntry.class,
            ComplaintAttachment.class,
            AttachmentContent.class,
            RecordingAccessLink.class,
            BreachIncident.class,
            IncidentEntry.class,
            RegulatorReport.class);
    emf = db.emf();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName("INC-1, INC-4: an incident with its history and both reports is stored and counted")
  void an_incident_is_stored_with_history_reports_and_statistics() {
    EntityManager em = emf.createEntityManager();
    JpaIncidentRepository repository = new JpaIncidentRepository(em);
    em.getTransaction().begin();
    BreachIncident incident =
        BreachIncident.register(
            DISCOVERED,
            "备份泄露 backup leaked",
            List.of("order-db"),
            Set.of("location.precise", "account.phone"),
            2_000_000,
            true,
            IncidentGrade.GENERAL,
            "sec.head",
            DISCOVERED.plusSeconds(60),
            RULES,
            CLOCKS);
    repository.store(incident);
    incident.contain(
        "撤销备份访问密钥 revoked the backup's access key", "sec.head", DISCOVERED.plusSeconds(120));
    incident.reportSubmitted(
        DISCOVERED.plusSeconds(3 * 3600),
        "粤网信报〔2026〕17号",
        "privacy.officer",
        DISCOVERED.plusSeconds(3 * 3600));
    repository.store(
        new RegulatorReport(
            incident.id(), RegulatorReport.Kind.INITIAL, "report", DISCOVERED.plusSeconds(600)));
    incident.noticesStarted("c-1", 2_000_000, DISCOVERED.plusSeconds(7200));
    em.getTransaction().commit();
    em.clear();

    BreachIncident found = repository.find(incident.id()).orElseThrow();
    assertThat(found.grade()).isEqualTo(IncidentGrade.RELATIVELY_MAJOR);
    assertThat(found.categories()).containsExactlyInAnyOrder("location.precise", "account.phone");
    assertThat(found.systems()).containsExactly("order-db");
    assertThat(found.entries())
        .extracting(IncidentEntry::kind)
        .containsExactly(
            IncidentEntryKind.REGISTERED,
            IncidentEntryKind.CONTAINMENT,
            IncidentEntryKind.REPORT_SUBMITTED,
            IncidentEntryKind.NOTICES_STARTED);
    assertThat(repository.report(incident.id(), RegulatorReport.Kind.INITIAL)).isPresent();
    assertThat(repository.countByGrade()).containsEntry(IncidentGrade.RELATIVELY_MAJOR, 1L);
    assertThat(repository.averageSecondsToReport()).contains(3 * 3600.0);
    assertThat(repository.averageSecondsToNotify()).contains(7200.0);
    assertThat(repository.reportsMissed()).isZero();
    em.close();
  }
}
