package com.meike.privacy.consent.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.domain.ledger.ConsentAction;
import com.meike.privacy.consent.domain.ledger.LedgerEntries;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaConsentEntryRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPolicyVersionRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.rights.ServiceScope;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * SHUT-1 at size in the consent context, on the real schema (H2) and the real ledger: a product's
 * shutdown ends the consent in force to its purposes for a whole page of people at once, exactly as
 * one person at a time does — in the ledger and in the consent check's read model — with one audit
 * entry for the batch.
 */
@Tag("SHUT-1")
class ConsentShutdownOnH2Test {

  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  static final ServiceScope PRODUCT =
      ServiceScope.of("product.smart-mirror", Set.of("location.precise", "device.camera"));
  static final List<String> PURPOSES =
      List.of("location.precise", "device.camera", "service.recording");

  ContextDatabase db;
  final AuditTrail audit = mock(AuditTrail.class);

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("consent", ConsentServices.LEDGER);
  }

  @AfterEach
  void close() {
    db.close();
  }

  /**
   * The same four kinds of people twice, {@code a-*} and {@code b-*}: consent to both purposes; one
   * withdrawn already and one given; one only to a purpose of another service; one to nothing.
   */
  void seed(String group) {
    append(group + "-1", "location.precise", ConsentAction.GIVEN);
    append(group + "-1", "device.camera", ConsentAction.GIVEN);
    append(group + "-1", "service.recording", ConsentAction.GIVEN);
    append(group + "-2", "location.precise", ConsentAction.GIVEN);
    append(group + "-2", "location.precise", ConsentAction.WITHDRAWN);
    append(group + "-2", "device.camera", ConsentAction.GIVEN);
    append(group + "-3", "service.recording", ConsentAction.GIVEN);
  }

  @Test
  @DisplayName(
      "SHUT-1 at size: a page of people at once ends what one person at a time ends — ledger and consent check alike — with one audit entry naming the count, the people's range and the digest; a batch redone after a crash ends nothing more")
  void aBatchEndsWhatOnePersonAtATimeEnds() {
    seed("a");
    seed("b");

    int oneByOne = 0;
    for (String subject : List.of("a-1", "a-2", "a-3", "a-4")) {
      oneByOne +=
          this.<PersonalDataHolder.Erasure>inTransaction(
                  em -> holder(em).eraseFor(subject, PRODUCT, "service shutdown", "system"))
              .anonymised();
    }
    PersonalDataHolder.BatchErasure batch =
        inTransaction(
            em ->
                holder(em)
                    .eraseForAll(
                        List.of("b-1", "b-2", "b-3", "b-4"),
                        PRODUCT,
                        "service shutdown",
                        "system"));

    assertThat(oneByOne).isEqualTo(3);
    assertThat(batch.anonymised()).isEqualTo(3);
    for (String n : List.of("1", "2", "3", "4")) {
      for (String purpose : PURPOSES) {
        assertThat(latestAction("b-" + n, purpose))
            .as("the ledger's entry in force of b-%s for %s", n, purpose)
            .isEqualTo(latestAction("a-" + n, purpose));
        assertThat(checkAction("b-" + n, purpose))
            .as("the consent check's row of b-%s for %s", n, purpose)
            .isEqualTo(checkAction("a-" + n, purpose));
      }
    }
    assertThat(latestAction("b-1", "location.precise")).isEqualTo("WITHDRAWN");
    assertThat(checkAction("b-2", "device.camera")).isEqualTo("WITHDRAWN");
    assertThat(latestAction("b-1", "service.recording"))
        .as("another service's purpose stays")
        .isEqualTo("GIVEN");

    ArgumentCaptor<AuditEvent> entries = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, org.mockito.Mockito.times(3)).record(entries.capture());
    List<AuditEvent> batchEntries =
        entries.getAllValues().stream().filter(e -> e.detail().contains("b-")).toList();
    assertThat(batchEntries)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.detail())
                    .startsWith("3 consent(s) to ")
                    .contains("ended, of 2 people [b-1..b-2]")
                    .contains(
                        DisposalDigest.of(
                                List.of(
                                    "b-1 location.precise",
                                    "b-1 device.camera",
                                    "b-2 device.camera"))
                            .toString()));
    assertThat(
            this.<PersonalDataHolder.BatchErasure>inTransaction(
                    em ->
                        holder(em)
                            .eraseForAll(List.of("b-1", "b-2", "b-3"), PRODUCT, "again", "system"))
                .anonymised())
        .isZero();
  }

  ConsentPersonalData holder(EntityManager em) {
    ConsentPersonalData holder = new ConsentPersonalData();
    holder.entries = new JpaConsentEntryRepository(em);
    holder.policies = new JpaPolicyVersionRepository(em);
    holder.auditTrail = audit;
    holder.clock = Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    return holder;
  }

  Instant at = T0;

  void append(String subject, String purpose, ConsentAction action) {
    at = at.plusSeconds(1);
    Instant when = at;
    inTransaction(
        em -> {
          new JpaConsentEntryRepository(em)
              .append(LedgerEntries.entry(subject, purpose, action, when));
          return null;
        });
  }

  String latestAction(String subject, String purpose) {
    return inTransaction(
        em ->
            new JpaConsentEntryRepository(em)
                .latest(subject, purpose)
                .map(e -> e.action().name())
                .orElse("none"));
  }

  String checkAction(String subject, String purpose) {
    return inTransaction(
        em -> {
          List<?> rows =
              em.createNativeQuery(
                      "select action from consent_current where subject_id = ?1 and purpose_code = ?2")
                  .setParameter(1, subject)
                  .setParameter(2, purpose)
                  .getResultList();
          return rows.isEmpty() ? "no row" : String.valueOf(rows.get(0));
        });
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
