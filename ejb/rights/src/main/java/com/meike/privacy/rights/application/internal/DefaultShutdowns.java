package com.meike.privacy.rights.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.rights.LegalMinimum;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.rights.ServiceScope;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.partner.application.PartnerDeletionOrders;
import com.meike.privacy.rights.application.DisposalReport;
import com.meike.privacy.rights.application.ServiceView;
import com.meike.privacy.rights.application.ShutdownRequest;
import com.meike.privacy.rights.application.ShutdownRequested;
import com.meike.privacy.rights.application.ShutdownView;
import com.meike.privacy.rights.application.Shutdowns;
import com.meike.privacy.rights.domain.shutdown.CollectingService;
import com.meike.privacy.rights.domain.shutdown.DisposalCount;
import com.meike.privacy.rights.domain.shutdown.NoticePeriod;
import com.meike.privacy.rights.domain.shutdown.RemainingCount;
import com.meike.privacy.rights.domain.shutdown.Shutdown;
import com.meike.privacy.rights.domain.shutdown.ShutdownRepository;
import com.meike.privacy.rights.domain.shutdown.ShutdownState;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Shutdowns}: the registry, the request and every step of {@code shutdown-data-disposal}
 * (SHUT-1). The service is handed to the contexts as a kernel {@link ServiceScope} (purposes, city,
 * partners). People affected are those any context names for it ({@link
 * PersonalDataHolder#subjectsFor}: consent for a product or feature, recording for a city's
 * sessions, partner for disclosures to the service's partners), merged a page at a time by account
 * id — never a query across contexts' tables, never the whole list in memory. Each context lets go
 * of what it holds for the service through its {@link PersonalDataHolder#eraseFor} — the same
 * holders the data-subject requests use — and the service's partners are ordered to delete through
 * {@link PartnerDeletionOrders} (the {@code partner-deletion-order} process follows each order).
 * The verification asks each context what it still holds ({@link PersonalDataHolder#remainingFor}).
 *
 * <p>Configuration: {@value #NOTICE_DAYS} (working days between the notice and the shutdown date,
 * default 30, PRC calendar).
 */
@Stateless
public class DefaultShutdowns implements Shutdowns {

  public static final String NOTICE_DAYS = "meike.rights.shutdown-notice-working-days";
  static final String SYSTEM = "system";
  static final String SHUTDOWN = "shutdown";

  /** States in which the service collects nothing any more. */
  static final Set<ShutdownState> STOPPED =
      EnumSet.of(
          ShutdownState.COLLECTION_STOPPED,
          ShutdownState.NOTIFIED,
          ShutdownState.DISPOSING,
          ShutdownState.DISPOSED,
          ShutdownState.VERIFIED);

  /** States of a shutdown under way (one per service). */
  static final Set<ShutdownState> UNDER_WAY =
      EnumSet.complementOf(EnumSet.of(ShutdownState.REJECTED));

  @Inject ShutdownRepository repository;
  @Inject PartnerDeletionOrders deletionOrders;
  @Inject ShutdownNoticeSender notices;
  @Inject AuditTrail auditTrail;
  @Inject WorkingDayCalendar calendar;
  @Inject Clock clock;
  @Inject Event<ShutdownRequested> requested;
  @Inject @Any Instance<PersonalDataHolder> holders;

  /** What the law makes a context keep of what it lets go for the service (RET-2). */
  @Inject com.meike.privacy.rights.application.internal.vault.ArchiveVault vault;

  @Inject
  @ConfigProperty(name = NOTICE_DAYS, defaultValue = "30")
  int noticeDays;

  @Override
  public List<ServiceView> services() {
    return repository.services().stream().map(DefaultShutdowns::view).toList();
  }

  @Override
  public ShutdownView request(ShutdownRequest request, String actor, Set<String> groups) {
    ShutdownView view = requested(request, actor, groups);
    requested.fire(new ShutdownRequested(view.id()));
    return view;
  }

  @Override
  public ShutdownView requestFromProcess(
      ShutdownRequest request, String actor, Set<String> groups) {
    return requested(request, actor, groups);
  }

  private ShutdownView requested(ShutdownRequest request, String actor, Set<String> groups) {
    if (!groups.contains(StaffGroups.PRIVACY_OFFICER) && !StaffGroups.headsOperations(groups)) {
      throw DomainException.forbidden(
          "only the privacy officer or the head of operations shuts a service down");
    }
    if (request == null || request.service() == null || request.service().isBlank()) {
      throw DomainException.invalid(
          "service", "is required: the code of a service of GET /api/shutdowns/services");
    }
    CollectingService service =
        repository
            .service(request.service().strip())
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "service",
                        "no service '"
                            + request.service()
                            + "' in the registry (GET /api/shutdowns/services)"));
    LocalDate date = date(request.shutdownDate());
    String reason = request.reason() == null ? "" : request.reason().strip();
    if (reason.isEmpty() || reason.length() > 1000) {
      throw DomainException.invalid(
          "reason", "say why the service shuts down (1 to 1000 characters)");
    }
    period().check(today(), date);
    if (!repository.ofService(service.code(), UNDER_WAY).isEmpty()) {
      throw DomainException.conflict(
          "服务「"
              + service.name()
              + "」已有停运处置在进行 — the service '"
              + service.code()
              + "' already has a shutdown under way");
    }
    Shutdown shutdown = new Shutdown(service.code(), date, reason, actor, clock.instant());
    repository.add(shutdown);
    audit(
        actor,
        "shutdown.requested",
        shutdown,
        "service " + service.code() + ", shutdown date " + date);
    return view(shutdown, service);
  }

  @Override
  public ShutdownView shutdown(String id, String viewer) {
    Shutdown shutdown = find(id);
    if (!SYSTEM.equals(viewer)) {
      audit(viewer, "shutdown.read", shutdown, "state " + shutdown.state());
    }
    return view(shutdown);
  }

  @Override
  public ShutdownView decide(String id, boolean approve, String comment, String officer) {
    if (comment == null || comment.isBlank() || comment.length() > 1000) {
      throw DomainException.invalid(
          "comment", "give the reason for the decision (1 to 1000 characters)");
    }
    Shutdown shutdown = lock(id);
    if (approve) {
      period().check(today(), shutdown.shutdownDate());
      shutdown.approve(officer, comment.strip(), clock.instant());
      audit(
          officer,
          "shutdown.approved",
          shutdown,
          "collection stopped at "
              + shutdown.collectionStoppedAt().orElseThrow()
              + "; shutdown date "
              + shutdown.shutdownDate());
    } else {
      shutdown.reject(officer, comment.strip(), clock.instant());
      audit(officer, "shutdown.rejected", shutdown, "rejected");
    }
    return view(shutdown);
  }

  /** People per page of the notices' selection: the same pages the disposal walks, larger. */
  static final int NOTICE_PAGE = 1000;

  /**
   * The notices go out as the shutdown's notice campaign(s) ({@link ShutdownNoticeSender}) to the
   * people every context names for the service — the disposal's own pages: the first calls prepare
   * and fill them, each call records the notices sent since the last one on the shutdown (its
   * record shows the progress) and answers how many people are still pending — at least 1 while a
   * campaign runs, 0 when every campaign is finished.
   */
  @Override
  public int noticeBatch(String id, int batch) {
    Shutdown shutdown = lock(id);
    if (shutdown.state() != ShutdownState.COLLECTION_STOPPED) {
      return 0;
    }
    CollectingService service = service(shutdown);
    ServiceScope scope = service.scope();
    ShutdownNoticeSender.Progress progress =
        notices.campaign(shutdown, service, after -> people(scope, after, NOTICE_PAGE));
    long newly = progress.sent() - shutdown.noticesSent();
    if (newly > 0) {
      shutdown.noticesSent((int) Math.min(Integer.MAX_VALUE, newly), null);
      audit(
          SYSTEM,
          "shutdown.notices-sent",
          shutdown,
          progress.sent()
              + " notices sent of "
              + progress.selected()
              + " selected, "
              + progress.unreached()
              + " unreached, "
              + progress.pending()
              + " pending");
    }
    return progress.finished()
        ? 0
        : (int) Math.max(1, Math.min(Integer.MAX_VALUE, progress.pending()));
  }

  @Override
  public ShutdownView announce(String id) {
    Shutdown shutdown = lock(id);
    if (shutdown.state() == ShutdownState.COLLECTION_STOPPED) {
      shutdown.announced(clock.instant());
      audit(
          SYSTEM,
          "shutdown.announced",
          shutdown,
          "public announcement of the shutdown on "
              + shutdown.shutdownDate()
              + "; "
              + shutdown.noticesSent()
              + " notices sent one by one");
    }
    return view(shutdown);
  }

  @Override
  public int disposalBatch(String id, int batch) {
    Shutdown shutdown = lock(id);
    CollectingService service = service(shutdown);
    if (shutdown.state() == ShutdownState.NOTIFIED) {
      shutdown.disposalStarted(left(remaining(service.scope(), Map.of())));
      audit(
          SYSTEM,
          "shutdown.disposal-started",
          shutdown,
          shutdown.peopleBefore().orElse(0L) + " identifying items held for the service");
    }
    if (shutdown.state() != ShutdownState.DISPOSING) {
      return 0;
    }
    ServiceScope scope = service.scope();
    List<String> people = people(scope, shutdown.disposalCursor().orElse(null), batch);
    if (people.isEmpty()) {
      shutdown.disposalFinished(clock.instant());
      audit(
          SYSTEM,
          "shutdown.disposed",
          shutdown,
          shutdown.peopleDisposed()
              + " people, "
              + shutdown.deletionOrders()
              + " partner deletion orders");
      return 0;
    }
    String reason =
        "service shutdown (SHUT-1): "
            + service.code()
            + " on "
            + shutdown.shutdownDate()
            + ", shutdown "
            + shutdown.id();
    int orders = 0;
    // Set-based (issue 16's benchmark): each context lets go of the whole page at once and writes
    // one audit entry for it; the legal minimum of the page goes into the archive vault with one
    // more. The batch's counts per context are written once at its end.
    Map<String, long[]> done = new LinkedHashMap<>();
    Map<String, List<String>> notes = new HashMap<>();
    Map<String, List<LegalMinimum>> archive = new LinkedHashMap<>();
    for (PersonalDataHolder holder : sorted()) {
      PersonalDataHolder.BatchErasure erasure = holder.eraseForAll(people, scope, reason, SYSTEM);
      // RET-2: the legal minimum (e.g. an order's transaction record with its customer) goes into
      // the archive vault in this batch's transaction, as on a data-subject erasure.
      erasure
          .legalMinimum()
          .forEach(
              (subject, kept) ->
                  archive.computeIfAbsent(subject, k -> new ArrayList<>()).addAll(kept));
      long[] sum = done.computeIfAbsent(erasure.context(), c -> new long[2]);
      sum[0] += erasure.deleted();
      sum[1] += erasure.anonymised();
      if (!erasure.kept().isEmpty()) {
        notes.put(erasure.context(), erasure.kept());
      }
    }
    vault.depositAll(archive, shutdown.id(), SYSTEM);
    if (!scope.partners().isEmpty()) {
      // DSR-7 for the whole page in one call: one order per person whose data went to the
      // service's partners, each followed by its own partner-deletion-order process.
      orders =
          deletionOrders.orderDeletions(
              people.stream().map(SubjectId::of).toList(),
              scope.partners(),
              scope.purposes(),
              reason,
              SYSTEM);
    }
    for (Map.Entry<String, long[]> sum : done.entrySet()) {
      repository
          .count(shutdown.id(), sum.getKey())
          .add(
              (int) sum.getValue()[0],
              (int) sum.getValue()[1],
              notes.getOrDefault(sum.getKey(), List.of()));
    }
    shutdown.disposed(people.size(), orders, people.get(people.size() - 1));
    audit(
        SYSTEM,
        "shutdown.disposal-batch",
        shutdown,
        people.size()
            + " people "
            + DisposalDigest.of(people)
            + " (sorted account ids), "
            + orders
            + " partner deletion orders");
    return people.size();
  }

  @Override
  public DisposalReport verify(String id, Map<String, Long> engine) {
    Shutdown shutdown = lock(id);
    CollectingService service = service(shutdown);
    List<RemainingCount> lines = new ArrayList<>();
    for (PersonalDataHolder.Remaining remaining :
        remaining(service.scope(), engine == null ? Map.of() : engine)) {
      TreeSet<String> categories = new TreeSet<>(remaining.left().keySet());
      categories.addAll(remaining.kept().keySet());
      for (String category : categories) {
        lines.add(
            new RemainingCount(
                shutdown.id(),
                remaining.context(),
                category,
                remaining.left().getOrDefault(category, 0L),
                remaining.kept().getOrDefault(category, 0L)));
      }
    }
    repository.replaceRemaining(shutdown.id(), lines);
    long left = lines.stream().mapToLong(RemainingCount::left).sum();
    shutdown.counted(left);
    audit(
        SYSTEM,
        "shutdown.verified",
        shutdown,
        left
            + " identifying items still held for the service in "
            + lines.size()
            + " categories of every store");
    return report(shutdown, service);
  }

  @Override
  public ShutdownView disposeAgain(String id) {
    Shutdown shutdown = lock(id);
    shutdown.disposeAgain();
    audit(
        SYSTEM,
        "shutdown.dispose-again",
        shutdown,
        "the verification found "
            + shutdown.peopleAfter().orElse(0L)
            + " identifying items still held; disposal runs again");
    return view(shutdown);
  }

  @Override
  public ShutdownView signOff(String id, String officer, String comment) {
    if (comment == null || comment.isBlank() || comment.length() > 1000) {
      throw DomainException.invalid("comment", "say what you checked (1 to 1000 characters)");
    }
    Shutdown shutdown = lock(id);
    shutdown.signOff(officer, clock.instant());
    audit(officer, "shutdown.signed-off", shutdown, "verification signed off: " + comment.strip());
    return view(shutdown);
  }

  @Override
  public DisposalReport report(String id, String viewer) {
    Shutdown shutdown = find(id);
    if (!SYSTEM.equals(viewer)) {
      audit(viewer, "shutdown.report-read", shutdown, "disposal report");
    }
    return report(shutdown, service(shutdown));
  }

  private DisposalReport report(Shutdown shutdown, CollectingService service) {
    List<DisposalReport.ContextCount> contexts = new ArrayList<>();
    for (DisposalCount count : repository.counts(shutdown.id())) {
      contexts.add(
          new DisposalReport.ContextCount(
              count.contextName(), count.deleted(), count.anonymised(), count.kept()));
    }
    List<DisposalReport.StoreCount> stores = new ArrayList<>();
    for (RemainingCount line : repository.remaining(shutdown.id())) {
      stores.add(
          new DisposalReport.StoreCount(
              line.contextName(), line.category(), line.left(), line.kept()));
    }
    long after = shutdown.peopleAfter().orElse(-1L);
    return new DisposalReport(
        shutdown.id(),
        service.code(),
        shutdown.peopleBefore().orElse(0L),
        after,
        contexts,
        stores,
        after == 0);
  }

  /**
   * The next page of people the service concerns: the union of what each context names for it,
   * ascending by account id. Each context returns at most {@code batch} ids after the cursor, so
   * the union's first {@code batch} are exact and at most contexts × batch ids are held at once.
   */
  private List<String> people(ServiceScope scope, String after, int batch) {
    TreeSet<String> merged = new TreeSet<>();
    for (PersonalDataHolder holder : holders) {
      merged.addAll(holder.subjectsFor(scope, after, batch));
    }
    return merged.stream().limit(batch).toList();
  }

  /** What every context still holds for the service, and the engine's part from the caller. */
  private List<PersonalDataHolder.Remaining> remaining(
      ServiceScope scope, Map<String, Long> engine) {
    List<PersonalDataHolder.Remaining> all = new ArrayList<>();
    for (PersonalDataHolder holder : sorted()) {
      all.add(holder.remainingFor(scope));
    }
    if (!engine.isEmpty()) {
      all.add(new PersonalDataHolder.Remaining("engine", new TreeMap<>(engine), Map.of()));
    }
    return all;
  }

  private static long left(List<PersonalDataHolder.Remaining> remaining) {
    return remaining.stream().mapToLong(PersonalDataHolder.Remaining::leftTotal).sum();
  }

  private List<PersonalDataHolder> sorted() {
    List<PersonalDataHolder> all = new ArrayList<>();
    for (PersonalDataHolder holder : holders) {
      all.add(holder);
    }
    all.sort(
        Comparator.comparingInt(PersonalDataHolder::erasureOrder)
            .thenComparing(PersonalDataHolder::context));
    return all;
  }

  private NoticePeriod period() {
    return new NoticePeriod(calendar, noticeDays);
  }

  private LocalDate today() {
    return clock.instant().atZone(WorkingDayCalendar.CHINA).toLocalDate();
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("shutdownDate", "is required (yyyy-MM-dd, China)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("shutdownDate", "is not a date yyyy-MM-dd");
    }
  }

  private Shutdown find(String id) {
    return repository.find(id).orElseThrow(() -> DomainException.notFound("no shutdown " + id));
  }

  private Shutdown lock(String id) {
    return repository.lock(id).orElseThrow(() -> DomainException.notFound("no shutdown " + id));
  }

  private CollectingService service(Shutdown shutdown) {
    return repository.service(shutdown.serviceCode()).orElseThrow();
  }

  private ShutdownView view(Shutdown shutdown) {
    return view(shutdown, service(shutdown));
  }

  private ShutdownView view(Shutdown shutdown, CollectingService service) {
    return new ShutdownView(
        shutdown.id(),
        view(service),
        shutdown.shutdownDate(),
        period()
            .earliestShutdown(
                shutdown.requestedAt().atZone(WorkingDayCalendar.CHINA).toLocalDate()),
        shutdown.reason(),
        shutdown.requestedBy(),
        shutdown.requestedAt(),
        shutdown.state().name(),
        shutdown.state().label(),
        shutdown.decidedBy().orElse(null),
        shutdown.decidedAt().orElse(null),
        shutdown.decisionComment().orElse(null),
        shutdown.collectionStoppedAt().orElse(null),
        shutdown.noticesSent(),
        shutdown.announcedAt().orElse(null),
        shutdown.peopleBefore().orElse(null),
        shutdown.peopleDisposed(),
        shutdown.deletionOrders(),
        shutdown.disposedAt().orElse(null),
        shutdown.peopleAfter().orElse(null),
        shutdown.verifiedBy().orElse(null),
        shutdown.verifiedAt().orElse(null));
  }

  static ServiceView view(CollectingService service) {
    return new ServiceView(
        service.code(),
        service.name(),
        service.kind().name(),
        service.kind().label(),
        service.city().orElse(null),
        service.purposes(),
        service.partners(),
        service.financial());
  }

  private void audit(String actor, String action, Shutdown shutdown, String detail) {
    auditTrail.record(new AuditEvent(actor, action, SHUTDOWN, shutdown.id(), detail));
  }
}
