package com.meike.privacy.rights.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.rights.CollectionStops;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.rights.ServiceScope;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaigns;
import com.meike.privacy.partner.application.PartnerDeletionOrders;
import com.meike.privacy.rights.application.DisposalReport;
import com.meike.privacy.rights.application.ShutdownRequest;
import com.meike.privacy.rights.application.ShutdownRequested;
import com.meike.privacy.rights.application.ShutdownView;
import com.meike.privacy.rights.domain.shutdown.CollectingService;
import com.meike.privacy.rights.domain.shutdown.DisposalCount;
import com.meike.privacy.rights.domain.shutdown.RemainingCount;
import com.meike.privacy.rights.domain.shutdown.Shutdown;
import com.meike.privacy.rights.infrastructure.persistence.jpa.JpaShutdownRepository;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shutdown service on the migrated schema (H2, JPA validate) with the seeded registry: the
 * request's checks, collection stops from the approval on, notices and disposal in resumable
 * batches, the verification. The people a service collected for come from a stand-in for consent's
 * read model that forgets a person once the consent holder ended their consent.
 */
@Tag("SHUT-1")
class ShutdownsOnH2Test {

  /** Monday 2026-11-30, 10:00 in Shanghai. */
  static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

  static final Set<String> OFFICER =
      Set.of(StaffGroups.PRIVACY_OFFICER, StaffGroups.DEPARTMENT_HEAD);

  ContextDatabase db;
  EntityManagerFactory emf;
  AuditTrail audit = mock(AuditTrail.class);
  PartnerDeletionOrders deletionOrders = mock(PartnerDeletionOrders.class);
  FakeCampaigns campaigns = new FakeCampaigns();
  PersonalDataHolder consentHolder = mock(PersonalDataHolder.class);

  @SuppressWarnings("unchecked")
  Instance<PersonalDataHolder> holders = mock(Instance.class);

  @SuppressWarnings("unchecked")
  Event<ShutdownRequested> requested = mock(Event.class);

  /** Consent: people with consent in force to the purposes, for a service of every city. */
  Holder people = new Holder("consent", false);

  /** Recording: people of the city's sessions, for a city's service only. */
  Holder sessions = new Holder("recording", true);

  final List<String> erasures = new ArrayList<>();

  /**
   * A context as far as the shutdown reads it: whom it names for a service (a page by account id),
   * what it lets go of, what it still holds. {@code cityOnly}: it names people only for a city's
   * service (recording), otherwise only for a service of every city (consent).
   */
  final class Holder implements PersonalDataHolder {
    final String name;
    final boolean cityOnly;
    final TreeSet<String> linked = new TreeSet<>();
    long kept;

    Holder(String name, boolean cityOnly) {
      this.name = name;
      this.cityOnly = cityOnly;
    }

    boolean mine(ServiceScope scope) {
      return scope.inCity().isPresent() == cityOnly;
    }

    @Override
    public String context() {
      return name;
    }

    @Override
    public Export export(String subject, String actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> subjectsFor(ServiceScope scope, String after, int limit) {
      return !mine(scope)
          ? List.of()
          : (after == null ? linked : linked.tailSet(after, false)).stream().limit(limit).toList();
    }

    @Override
    public Erasure eraseFor(String subject, ServiceScope scope, String reason, String actor) {
      erasures.add(name + ":" + subject + ":" + scope.code());
      boolean had = mine(scope) && linked.remove(subject);
      return new Erasure(name, 0, had ? 1 : 0, List.of(name + " kept"));
    }

    @Override
    public Remaining remainingFor(ServiceScope scope) {
      return new Remaining(
          name,
          Map.of(name + " items", mine(scope) ? (long) linked.size() : 0L),
          kept == 0 ? Map.of() : Map.of(name + " held", kept));
    }
  }

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "rights",
            CollectingService.class,
            Shutdown.class,
            DisposalCount.class,
            RemainingCount.class);
    emf = db.emf();
    for (int i = 0; i < 5; i++) {
      people.linked.add("acc-" + i);
    }
    when(holders.iterator())
        .thenAnswer(call -> List.<PersonalDataHolder>of(people, sessions).iterator());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "SHUT-1: the request names a service of the registry, a date at least 30 working days ahead, a reason; only the privacy officer or the head of operations")
  void requestChecks() {
    assertThat(this.<List<com.meike.privacy.rights.application.ServiceView>>call(s -> s.services()))
        .extracting(v -> v.code())
        .contains("recording.shanghai", "product.third-party-payment");
    DomainException unknown =
        catchThrowableOfType(
            DomainException.class,
            () ->
                call(
                    s ->
                        s.request(
                            new ShutdownRequest("no.such.service", "2027-03-01", "x"),
                            "privacy.officer",
                            OFFICER)));
    assertThat(unknown.field()).isEqualTo("service");
    // 30 working days after Monday 2026-11-30 (weekdays only) is Monday 2027-01-11
    DomainException early =
        catchThrowableOfType(
            DomainException.class,
            () ->
                call(
                    s ->
                        s.request(
                            new ShutdownRequest("recording.shanghai", "2027-01-08", "停止录音"),
                            "privacy.officer",
                            OFFICER)));
    assertThat(early.field()).isEqualTo("shutdownDate");
    assertThat(early.getMessage()).contains("2027-01-11");
    DomainException agent =
        catchThrowableOfType(
            DomainException.class,
            () ->
                call(
                    s ->
                        s.request(
                            new ShutdownRequest("recording.shanghai", "2027-01-11", "停止录音"),
                            "ops.agent",
                            Set.of(StaffGroups.OPERATIONS))));
    assertThat(agent.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    ShutdownView view =
        call(
            s ->
                s.request(
                    new ShutdownRequest("recording.shanghai", "2027-01-11", "停止录音"),
                    "ops.head",
                    Set.of(StaffGroups.OPERATIONS, StaffGroups.DEPARTMENT_HEAD)));
    assertThat(view.state()).isEqualTo("REQUESTED");
    verify(requested).fire(new ShutdownRequested(view.id()));
    DomainException twice =
        catchThrowableOfType(
            DomainException.class,
            () ->
                call(
                    s ->
                        s.request(
                            new ShutdownRequest("recording.shanghai", "2027-02-11", "again"),
                            "privacy.officer",
                            OFFICER)));
    assertThat(twice.kind()).isEqualTo(DomainException.Kind.CONFLICT);
  }

  @Test
  @DisplayName(
      "SHUT-1: collection stops at the approval — in the service's city only, naming the service and the date — and not before")
  void collectionStopsOnApproval() {
    ShutdownView view =
        call(
            s ->
                s.request(
                    new ShutdownRequest("recording.shanghai", "2027-01-11", "停止录音"),
                    "privacy.officer",
                    OFFICER));
    assertThat(
            this.<java.util.Optional<CollectionStops.Stop>>stops(
                c -> c.stopFor(List.of("service.recording"), "Shanghai")))
        .isEmpty();
    call(s -> s.decide(view.id(), true, "同意", "privacy.officer"));
    CollectionStops.Stop stop =
        this.<java.util.Optional<CollectionStops.Stop>>stops(
                c -> c.stopFor(List.of("service.recording"), "Shanghai"))
            .orElseThrow();
    assertThat(stop.serviceCode()).isEqualTo("recording.shanghai");
    assertThat(stop.describe()).contains("recording.shanghai").contains("2027-01-11");
    assertThat(
            this.<java.util.Optional<CollectionStops.Stop>>stops(
                c -> c.stopFor(List.of("service.recording"), "Hangzhou")))
        .isEmpty();
    assertThat(
            this.<java.util.Optional<CollectionStops.Stop>>stops(
                c -> c.stopFor(List.of("location.precise"), "Shanghai")))
        .isEmpty();
    DomainException refused =
        catchThrowableOfType(
            DomainException.class,
            () ->
                stops(
                    c -> {
                      c.refuseIfStopped(List.of("service.recording"), "Shanghai");
                      return java.util.Optional.empty();
                    }));
    assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(refused.getMessage()).contains("recording.shanghai").contains("2027-01-11");
  }

  @Test
  @DisplayName(
      "SHUT-1: notices and disposal run in batches that resume where the last one ended; verification counts zero; the report has the counts")
  void batches() {
    ShutdownView view =
        call(
            s ->
                s.request(
                    new ShutdownRequest("feature.visit-recording", "2027-01-11", "停止录音功能"),
                    "privacy.officer",
                    OFFICER));
    call(s -> s.decide(view.id(), true, "同意", "privacy.officer"));
    // the notices are the notice campaign's (one per shutdown), to the people the disposal will
    // concern (the same pages): prepared and filled, opened, followed until finished
    assertThat(this.<Integer>call(s -> s.noticeBatch(view.id(), 2))).isEqualTo(5);
    assertThat(campaigns.recipients("SHUTDOWN"))
        .containsExactly("acc-0", "acc-1", "acc-2", "acc-3", "acc-4");
    assertThat(campaigns.states.get("SHUTDOWN")).isEqualTo("RUNNING");
    CampaignStart start = campaigns.starts.get("SHUTDOWN");
    assertThat(start.reference()).isEqualTo(view.id());
    assertThat(start.templateId()).isEqualTo("service-shutdown");
    assertThat(start.categories()).isEmpty();
    assertThat(start.params()).containsEntry("categories", "service.recording");
    campaigns.sent("SHUTDOWN", 3, 1, false);
    assertThat(this.<Integer>call(s -> s.noticeBatch(view.id(), 2))).isEqualTo(1);
    assertThat(this.<ShutdownView>call(s -> s.shutdown(view.id(), "system")).noticesSent())
        .isEqualTo(3);
    campaigns.sent("SHUTDOWN", 4, 1, true);
    assertThat(this.<Integer>call(s -> s.noticeBatch(view.id(), 2))).isZero();
    assertThat(campaigns.recipients("SHUTDOWN")).hasSize(5);
    assertThat(this.<ShutdownView>call(s -> s.announce(view.id())).noticesSent()).isEqualTo(4);
    // a disposal batch that fails rolls back: nothing counted, the next run does it again

    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 2))).isEqualTo(2);
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 2))).isEqualTo(2);
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 2))).isEqualTo(1);
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 2))).isZero();
    assertThat(erasures).filteredOn(e -> e.startsWith("consent:")).hasSize(5);
    verify(deletionOrders, never())
        .orderDeletion(
            org.mockito.ArgumentMatchers.any(),
            anyString(),
            anyString()); // visit recording has no partners
    verify(deletionOrders, never())
        .orderDeletions(
            org.mockito.ArgumentMatchers.any(),
            org.mockito.ArgumentMatchers.anySet(),
            org.mockito.ArgumentMatchers.anySet(),
            anyString(),
            anyString());
    DisposalReport report = call(s -> s.verify(view.id(), Map.of("engine variables", 0L)));
    assertThat(report.peopleBefore()).isEqualTo(5);
    assertThat(report.peopleAfter()).isZero();
    assertThat(report.clean()).isTrue();
    assertThat(report.contexts())
        .filteredOn(c -> c.context().equals("consent"))
        .singleElement()
        .satisfies(c -> assertThat(c.anonymised()).isEqualTo(5));
    assertThat(report.remaining())
        .extracting(DisposalReport.StoreCount::context)
        .contains("consent", "recording", "engine");
    assertThat(report.text()).contains("consent items: 残留 left 0");
    assertThat(this.<ShutdownView>call(s -> s.signOff(view.id(), "privacy.officer", "已核对")).state())
        .isEqualTo("VERIFIED");
  }

  @Test
  @DisplayName(
      "SHUT-1: a verification that finds someone left is not signed off; disposal runs again from the start")
  void failedVerification() {
    ShutdownView view =
        call(
            s ->
                s.request(
                    new ShutdownRequest("feature.visit-recording", "2027-01-11", "停止录音功能"),
                    "privacy.officer",
                    OFFICER));
    call(s -> s.decide(view.id(), true, "同意", "privacy.officer"));
    people.linked.clear();
    call(s -> s.announce(view.id()));
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 10))).isZero();
    people.linked.add("acc-late"); // e.g. a consent recorded by a path that did not ask
    assertThat(this.<DisposalReport>call(s -> s.verify(view.id(), Map.of())).clean()).isFalse();
    DomainException refused =
        catchThrowableOfType(
            DomainException.class, () -> call(s -> s.signOff(view.id(), "privacy.officer", "ok")));
    assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    call(s -> s.disposeAgain(view.id()));
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 10))).isEqualTo(1);
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 10))).isZero();
    assertThat(this.<DisposalReport>call(s -> s.verify(view.id(), Map.of())).clean()).isTrue();
  }

  private <T> T stops(Function<CollectionStops, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      DefaultCollectionStops stops = new DefaultCollectionStops();
      stops.repository = new JpaShutdownRepository(em);
      return work.apply(stops);
    }
  }

  private <T> T call(Function<DefaultShutdowns, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      try {
        DefaultShutdowns service = new DefaultShutdowns();
        service.repository = new JpaShutdownRepository(em);
        service.deletionOrders = deletionOrders;
        ShutdownNoticeSender sender = new ShutdownNoticeSender();
        sender.campaigns = campaigns;
        service.notices = sender;
        service.auditTrail = audit;
        service.calendar = WorkingDayCalendar.weekdaysOnly();
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.requested = requested;
        service.holders = holders;
        service.vault =
            mock(com.meike.privacy.rights.application.internal.vault.ArchiveVault.class);
        service.noticeDays = 30;
        T result = work.apply(service);
        em.getTransaction().commit();
        return result;
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
      }
    }
  }

  /**
   * The notification context's campaigns as far as a shutdown uses them: prepared, filled page by
   * page, opened; the test then says how many were sent. Records whom each campaign names.
   */
  static final class FakeCampaigns implements NoticeCampaigns {
    final Map<String, CampaignStart> starts = new java.util.LinkedHashMap<>();
    final Map<String, String> states = new java.util.HashMap<>();
    final Map<String, java.util.LinkedHashSet<String>> recipients = new java.util.HashMap<>();
    final Map<String, long[]> sentUnreached = new java.util.HashMap<>();
    int addCalls;

    List<String> recipients(String purpose) {
      return new ArrayList<>(recipients.getOrDefault(purpose, new java.util.LinkedHashSet<>()));
    }

    void sent(String purpose, long sent, long unreached, boolean finished) {
      sentUnreached.put(purpose, new long[] {sent, unreached});
      if (finished) {
        states.put(purpose, "FINISHED");
      }
    }

    @Override
    public CampaignView start(CampaignStart start, String actor) {
      throw new AssertionError("a shutdown prepares its campaigns and names their people itself");
    }

    @Override
    public CampaignView prepare(CampaignStart start, String actor) {
      starts.putIfAbsent(start.purpose(), start);
      states.putIfAbsent(start.purpose(), "SELECTING");
      recipients.putIfAbsent(start.purpose(), new java.util.LinkedHashSet<>());
      return progress(start.purpose());
    }

    @Override
    public long addListed(String campaignId, List<SubjectId> subjects, String actor) {
      throw new AssertionError("a shutdown names its people itself, never from an uploaded list");
    }

    @Override
    public long addRecipients(String campaignId, List<SubjectId> subjects) {
      assertThat(states.get(campaignId)).isEqualTo("SELECTING");
      addCalls++;
      java.util.LinkedHashSet<String> named = recipients.get(campaignId);
      return subjects.stream().map(SubjectId::value).filter(named::add).count();
    }

    @Override
    public CampaignView open(String campaignId, String actor) {
      if ("SELECTING".equals(states.get(campaignId))) {
        states.put(campaignId, recipients.get(campaignId).isEmpty() ? "FINISHED" : "RUNNING");
      }
      return progress(campaignId);
    }

    @Override
    public CampaignView progress(String campaignId) {
      long selected = recipients.get(campaignId).size();
      long[] su = sentUnreached.getOrDefault(campaignId, new long[] {0, 0});
      String state = states.get(campaignId);
      return new CampaignView(
          campaignId,
          campaignId,
          starts.get(campaignId).reference(),
          starts.get(campaignId).templateId(),
          state,
          state,
          selected,
          su[0],
          su[1],
          selected - su[0] - su[1],
          0,
          0,
          "system",
          NOW,
          "system",
          NOW,
          "FINISHED".equals(state) ? NOW : null);
    }

    @Override
    public java.util.Optional<CampaignView> forReference(String purpose, String reference) {
      return java.util.Optional.ofNullable(starts.containsKey(purpose) ? progress(purpose) : null);
    }

    @Override
    public CampaignView pause(String campaignId, String actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CampaignView resume(String campaignId, String actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<com.meike.privacy.notification.application.UnreachedPerson> unreached(
        String campaignId, long afterSeq, int max, String actor) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  @DisplayName(
      "SHUT-1: the notices' people are named a page at a time across calls — the cursor in the shutdown's row — and the campaign sends nothing before the last page; a payment service's SMS campaign names the same people")
  void noticesSelectedAcrossCalls() {
    people.linked.clear();
    for (int i = 0; i < 25_000; i++) {
      people.linked.add(String.format("pay-%05d", i));
    }
    ShutdownView view =
        call(
            s ->
                s.request(
                    new ShutdownRequest("product.third-party-payment", "2027-01-11", "停止快捷支付"),
                    "privacy.officer",
                    OFFICER));
    call(s -> s.decide(view.id(), true, "同意", "privacy.officer"));
    assertThat(this.<Integer>call(s -> s.noticeBatch(view.id(), 200))).isPositive();
    assertThat(campaigns.states)
        .containsEntry("SHUTDOWN", "SELECTING")
        .containsEntry("SHUTDOWN_SMS", "SELECTING");
    assertThat(campaigns.recipients("SHUTDOWN")).hasSize(20_000);
    assertThat(this.<Integer>call(s -> s.noticeBatch(view.id(), 200)))
        .as("pending over both campaigns")
        .isEqualTo(50_000);
    assertThat(campaigns.states)
        .containsEntry("SHUTDOWN", "RUNNING")
        .containsEntry("SHUTDOWN_SMS", "RUNNING");
    assertThat(campaigns.recipients("SHUTDOWN"))
        .hasSize(25_000)
        .doesNotHaveDuplicates()
        .isEqualTo(campaigns.recipients("SHUTDOWN_SMS"))
        .isEqualTo(new ArrayList<>(people.linked));
    assertThat(campaigns.starts.get("SHUTDOWN_SMS").templateId()).isEqualTo("service-shutdown-sms");
  }

  @Test
  @DisplayName(
      "SHUT-1: a city's service finds its people through the context that knows the city (recording), not consent; every context disposes of each of them; verification is per store")
  void cityService() {
    people.linked.add("acc-consent-only");
    sessions.linked.addAll(List.of("acc-1", "acc-7", "acc-9"));
    sessions.kept = 2;
    ShutdownView view =
        call(
            s ->
                s.request(
                    new ShutdownRequest("recording.hangzhou", "2027-01-11", "杭州停止录音"),
                    "privacy.officer",
                    OFFICER));
    call(s -> s.decide(view.id(), true, "同意", "privacy.officer"));
    // the notices go to the same people the disposal finds — the city's sessions — not to consent
    // holders of the purpose in every city (issue 16: one way to find whom a service concerns)
    assertThat(this.<Integer>call(s -> s.noticeBatch(view.id(), 2))).isEqualTo(3);
    assertThat(campaigns.recipients("SHUTDOWN"))
        .containsExactly("acc-1", "acc-7", "acc-9")
        .doesNotContain("acc-consent-only");
    campaigns.sent("SHUTDOWN", 3, 0, true);
    assertThat(this.<Integer>call(s -> s.noticeBatch(view.id(), 2))).isZero();
    assertThat(this.<ShutdownView>call(s -> s.shutdown(view.id(), "system")).noticesSent())
        .isEqualTo(3);
    call(s -> s.announce(view.id()));
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 2))).isEqualTo(2);
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 2))).isEqualTo(1);
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 2))).isZero();
    // each context lets go of a whole batch at once, in erasure order (set-based disposal)
    assertThat(erasures)
        .containsExactly(
            "consent:acc-1:recording.hangzhou", "consent:acc-7:recording.hangzhou",
            "recording:acc-1:recording.hangzhou", "recording:acc-7:recording.hangzhou",
            "consent:acc-9:recording.hangzhou", "recording:acc-9:recording.hangzhou");
    assertThat(people.linked).contains("acc-consent-only");
    DisposalReport report = call(s -> s.verify(view.id(), Map.of()));
    assertThat(report.peopleBefore()).isEqualTo(3);
    assertThat(report.clean()).isTrue();
    assertThat(report.remaining())
        .filteredOn(l -> l.context().equals("recording"))
        .extracting(
            DisposalReport.StoreCount::category,
            DisposalReport.StoreCount::left,
            DisposalReport.StoreCount::kept)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("recording held", 0L, 2L),
            org.assertj.core.groups.Tuple.tuple("recording items", 0L, 0L));
  }

  @Test
  @DisplayName(
      "SHUT-1: a service with partners orders deletion from those partners only, for its purposes; the engine's stray variables fail the verification")
  void partnersAndEngine() {
    people.linked.clear();
    people.linked.add("acc-pay");
    when(deletionOrders.orderDeletions(
            org.mockito.ArgumentMatchers.any(),
            org.mockito.ArgumentMatchers.anySet(),
            org.mockito.ArgumentMatchers.anySet(),
            anyString(),
            anyString()))
        .thenReturn(1);
    ShutdownView view =
        call(
            s ->
                s.request(
                    new ShutdownRequest("product.third-party-payment", "2027-01-11", "停止快捷支付"),
                    "privacy.officer",
                    OFFICER));
    call(s -> s.decide(view.id(), true, "同意", "privacy.officer"));
    call(s -> s.announce(view.id()));
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 10))).isEqualTo(1);
    assertThat(this.<Integer>call(s -> s.disposalBatch(view.id(), 10))).isZero();
    verify(deletionOrders)
        .orderDeletions(
            eq(List.of(com.meike.privacy.kernel.subject.SubjectId.of("acc-pay"))),
            eq(Set.of("alipay", "wechat-pay")),
            eq(Set.of("payment.account", "payment.transactions")),
            anyString(),
            eq("system"));
    verify(deletionOrders, never())
        .orderDeletion(org.mockito.ArgumentMatchers.any(), anyString(), anyString());
    assertThat(this.<ShutdownView>call(s -> s.shutdown(view.id(), "system")).deletionOrders())
        .isEqualTo(1);
    DisposalReport stray = call(s -> s.verify(view.id(), Map.of("process variables", 1L)));
    assertThat(stray.clean()).isFalse();
    assertThat(stray.text()).contains("engine · process variables: 残留 left 1");
  }
}
