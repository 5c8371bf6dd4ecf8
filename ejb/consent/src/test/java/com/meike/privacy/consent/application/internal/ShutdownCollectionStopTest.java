package com.meike.privacy.consent.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.consent.domain.ledger.ConsentAction;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.rights.CollectionStops;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.rights.ServiceScope;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The consent ledger's part of a service shutdown (SHUT-1): no new consent for its purposes, and
 * the end of the consent in force.
 */
@Tag("SHUT-1")
class ShutdownCollectionStopTest {

  final ConsentServices services = new ConsentServices();

  /** Visit recording is shut down: the rights context's answer, as the kernel port gives it. */
  static final CollectionStops VOICE_SHOPPING_STOPPED =
      (purposes, city) ->
          purposes.contains("service.recording")
              ? Optional.of(
                  new CollectionStops.Stop(
                      "feature.visit-recording",
                      "服务录音 Visit recording",
                      "service.recording",
                      ConsentServices.START,
                      LocalDate.of(2026, 4, 20)))
              : Optional.empty();

  @SuppressWarnings("unchecked")
  void stopped() {
    Instance<CollectionStops> stops = mock(Instance.class);
    when(stops.isResolvable()).thenReturn(true);
    when(stops.get()).thenReturn(VOICE_SHOPPING_STOPPED);
    services.ledger.stops = stops;
  }

  @Test
  @DisplayName(
      "SHUT-1: once a service's shutdown is approved the ledger takes no new consent for its purposes (409 naming the service and the date); other purposes go on")
  void noNewConsent() {
    services.accepts("u-alice");
    stopped();
    DomainException refused =
        catchThrowableOfType(
            DomainException.class, () -> services.gives("u-alice", "service.recording"));
    assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(refused.getMessage()).contains("feature.visit-recording").contains("2026-04-20");
    assertThat(services.entries.latest("u-alice", "service.recording")).isEmpty();
    services.gives("u-alice", "device.camera");
    assertThat(services.entries.latest("u-alice", "device.camera")).isPresent();
  }

  @Test
  @DisplayName(
      "SHUT-1: disposal ends the consent in force to the service's purposes (ledger kept as proof), nothing else; a second run changes nothing")
  void disposalEndsConsent() {
    services.accepts("u-alice");
    services.gives("u-alice", "service.recording");
    services.gives("u-alice", "device.camera");
    ConsentPersonalData holder = new ConsentPersonalData();
    holder.entries = services.entries;
    holder.policies = services.policies;
    holder.auditTrail = services.auditTrail;
    holder.clock = services.clock;
    PersonalDataHolder.Erasure erasure =
        holder.eraseFor("u-alice", FEATURE, "service shutdown", "system");
    assertThat(erasure.anonymised()).isEqualTo(1);
    assertThat(services.entries.latest("u-alice", "service.recording").orElseThrow().action())
        .isEqualTo(ConsentAction.WITHDRAWN);
    assertThat(services.entries.latest("u-alice", "device.camera").orElseThrow().action())
        .isEqualTo(ConsentAction.GIVEN);
    assertThat(services.lastAudit().action()).isEqualTo("consent.ended-by-shutdown");
    assertThat(holder.eraseFor("u-alice", FEATURE, "service shutdown", "system").anonymised())
        .isZero();
  }

  @Test
  @DisplayName(
      "SHUT-1: a city's service ends no consent (consent is not per city: the purpose goes on in the other cities)")
  void cityServiceEndsNoConsent() {
    services.accepts("u-alice");
    services.gives("u-alice", "service.recording");
    ConsentPersonalData holder = new ConsentPersonalData();
    holder.entries = services.entries;
    holder.policies = services.policies;
    holder.auditTrail = services.auditTrail;
    holder.clock = services.clock;
    PersonalDataHolder.Erasure erasure =
        holder.eraseFor(
            "u-alice",
            new ServiceScope(
                "recording.hangzhou", Set.of("service.recording"), "Hangzhou", Set.of()),
            "service shutdown",
            "system");
    assertThat(erasure.anonymised()).isZero();
    assertThat(erasure.kept()).anyMatch(k -> k.contains("not per city"));
    assertThat(services.entries.latest("u-alice", "service.recording").orElseThrow().action())
        .isEqualTo(ConsentAction.GIVEN);
  }

  static final ServiceScope FEATURE =
      ServiceScope.of("feature.visit-recording", Set.of("service.recording"));
}
