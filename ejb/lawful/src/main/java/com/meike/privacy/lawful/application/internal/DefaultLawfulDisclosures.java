package com.meike.privacy.lawful.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.identity.application.AccountLookup;
import com.meike.privacy.identity.application.AccountLookup.SubjectView;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.rights.ArchiveReader;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.lawful.application.LawfulDisclosureRequested;
import com.meike.privacy.lawful.application.LawfulDisclosures;
import com.meike.privacy.lawful.domain.request.DisclosureDocument;
import com.meike.privacy.lawful.domain.request.DisclosurePackage;
import com.meike.privacy.lawful.domain.request.DisclosureRequest;
import com.meike.privacy.lawful.domain.request.DisclosureRequestRepository;
import com.meike.privacy.lawful.domain.request.PackageCipher;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.RecordingDisclosure;
import com.meike.privacy.recording.application.RecordingRetention;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link LawfulDisclosures} as one container-managed transaction per call, with its audit entry.
 */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultLawfulDisclosures implements LawfulDisclosures {

  public static final String DOCUMENT_KEY = "meike.lawful.document-key";
  static final String REQUEST = "lawful-disclosure-request";
  static final int LATEST_LIMIT = 200;

  @Inject DisclosureRequestRepository requests;
  @Inject AccountLookup accounts;
  @Inject ConsentLedger ledger;
  @Inject PurposeCatalogue catalogue;
  @Inject RecordingRetention retention;
  @Inject RecordingDisclosure recordingAudio;
  @Inject ConsentCheck consent;

  /**
   * The archive vault's reader (RET-2): what the law kept of a deleted person or closed account,
   * opened here, for an approved request's package, and nowhere else (ArchitectureTest).
   */
  @Inject ArchiveReader archive;

  /**
   * Seals legal documents and, until their handover, package keys: a key of lawful's own, so no
   * other context's key opens what authorities sent or received.
   */
  @Inject
  @Key(value = DOCUMENT_KEY, defaultId = "d1")
  FieldCipher documents;

  @Inject AuditTrail auditTrail;
  @Inject Event<LawfulDisclosureRequested> requested;
  @Inject Clock clock;

  @Override
  public DisclosureView register(RequestInput input, String actor) {
    // the input and its typed ids are validated on the interface (Bean Validation)
    Instant now = clock.instant();
    DisclosureRequest request =
        DisclosureRequest.register(
            new DisclosureRequest.Facts(
                input.subject() == null ? null : input.subject().value(),
                input.authorityKind(),
                input.authorityName(),
                input.documentKind(),
                input.documentNumber(),
                input.issuingBody(),
                input.documentDate(),
                input.scope(),
                input.recordingOrderNumber() == null ? null : input.recordingOrderNumber().value(),
                input.publicDisclosure(),
                input.compulsoryOrder(),
                input.foreignApprovalReference(),
                input.foreignApprovalDate()),
            actor,
            now);
    Set<String> known =
        catalogue.allPurposes().stream().map(PurposeView::code).collect(Collectors.toSet());
    List<String> unknown = request.scope().stream().filter(c -> !known.contains(c)).toList();
    if (!unknown.isEmpty()) {
      throw DomainException.invalid(
          "scope", "not purpose codes of the catalogue: " + String.join(", ", unknown));
    }
    DisclosureDocument document = document(request.id(), input.document());
    if (accounts.byId(SubjectId.of(request.subjectId()), request.registeredBy()).isEmpty()
        && !archive.holdsAbout(request.subjectId(), request.registeredBy())) {
      throw DomainException.invalid(
          "subject", "no account with this id, and nothing about it in the archive vault");
    }
    requests.add(request, document);
    request
        .recordingOrderNumber()
        .ifPresent(
            order ->
                retention.placeHold(
                    OrderNumber.of(order),
                    "Lawful disclosure request " + request.id() + " from an authority (REC-9)",
                    request.registeredBy()));
    auditTrail.record(
        new AuditEvent(
            request.registeredBy(),
            "lawful.request.registered",
            REQUEST,
            request.id(),
            "authority "
                + request.authorityKind()
                + ", document "
                + request.documentKind()
                + ", subject "
                + request.subjectId()
                + ", scope "
                + request.scope()
                + (request.hasForeignApproval() ? ", PRC approval recorded" : "")));
    requested.fire(new LawfulDisclosureRequested(request.id()));
    return view(request, document, Optional.empty());
  }

  @Override
  public DisclosureView screen(String id) {
    DisclosureRequest request = find(id);
    request.screen(clock.instant(), consentsInForce(request));
    auditTrail.record(
        new AuditEvent(
            DisclosureRequest.SYSTEM,
            "lawful.request.screened",
            REQUEST,
            id,
            request.state() + request.decisionReason().map(r -> ": " + r).orElse("")));
    return view(request);
  }

  /** DISC-2, REC-9: the separate consents the request needs that the ledger shows in force now. */
  private Map<String, Long> consentsInForce(DisclosureRequest request) {
    Map<String, Long> found = new HashMap<>();
    for (String purpose : request.consentsNeeded()) {
      Decision decision = consent.may(SubjectId.of(request.subjectId()), PurposeCode.of(purpose));
      if (decision.allowed()) {
        found.put(purpose, decision.entrySequence() == null ? 0L : decision.entrySequence());
      }
    }
    return found;
  }

  @Override
  public void requireMayDecide(String id, String reviewer) {
    DisclosureRequest request = find(id);
    if (reviewer != null && reviewer.strip().equals(request.registeredBy())) {
      throw DomainException.forbidden(
          "登记此请求的人不能认领或决定，须由另一位法务同事审查 — whoever registered a disclosure request can"
              + " neither claim nor decide it; another member of legal reviews it (DISC-1)");
    }
  }

  @Override
  public List<AbroadSubject> packagedAbroadSince(Instant since) {
    Set<String> sensitive =
        catalogue.allPurposes().stream()
            .filter(PurposeView::sensitive)
            .map(PurposeView::code)
            .collect(Collectors.toSet());
    return requests.packagedSince(since).stream()
        .filter(DisclosureRequest::goesAbroad)
        .map(
            r -> new AbroadSubject(r.subjectId(), r.scope().stream().anyMatch(sensitive::contains)))
        .toList();
  }

  @Override
  public DisclosureView decide(String id, boolean approved, String reason, String reviewer) {
    DisclosureRequest request = find(id);
    request.decide(approved, reason, reviewer, clock.instant());
    auditTrail.record(
        new AuditEvent(
            request.decidedBy().orElseThrow(),
            approved ? "lawful.request.approved" : "lawful.request.refused",
            REQUEST,
            id,
            "legal review decided"));
    return view(request);
  }

  @Override
  public DisclosureView buildPackage(String id) {
    DisclosureRequest request = find(id);
    String reader =
        request
            .decidedBy()
            .orElseThrow(() -> DomainException.conflict("the request was not decided"));
    Instant now = clock.instant();
    // DISC-2, REC-9: a consent withdrawn after legal's approval stops the package
    Map<String, Long> inForce = consentsInForce(request);
    List<String> withdrawn =
        request.consentsNeeded().stream().filter(p -> !inForce.containsKey(p)).toList();
    if (!withdrawn.isEmpty()) {
      request.consentWithdrawnBeforePackage(withdrawn, now);
      auditTrail.record(
          new AuditEvent(
              DisclosureRequest.SYSTEM,
              "lawful.request.refused",
              REQUEST,
              id,
              "consent no longer in force before the package was built: " + withdrawn));
      return view(request);
    }
    request.packaged(now);
    Optional<SubjectView> account = accounts.byId(SubjectId.of(request.subjectId()), reader);
    List<ConsentEntryView> entries =
        ledger.history(SubjectId.of(request.subjectId()), reader, true);
    List<LegalHoldView> holds =
        request
            .recordingOrderNumber()
            .map(OrderNumber::of)
            .map(retention::holdsOf)
            .orElse(List.of());
    List<RecordingDisclosure.DisclosedRecording> audio =
        request.audioDisclosed()
            ? recordingAudio.audioFor(request.recordingOrderNumber().orElseThrow(), id, reader)
            : List.of();
    byte[] key = PackageCipher.newKey();
    List<ArchiveReader.ArchivedRecord> archived =
        archive.openForDisclosure(request.subjectId(), Set.copyOf(request.scope()), id, reader);
    byte[] ciphertext =
        PackageCipher.encrypt(
            key, PackageContents.json(request, account, entries, holds, archived, audio, now));
    String sha256 = PackageCipher.sha256(ciphertext);
    requests.addPackage(
        new DisclosurePackage(
            id,
            Base64.getEncoder().encodeToString(ciphertext),
            sha256,
            documents.seal(Base64.getEncoder().encodeToString(key), packageKey(request.id())),
            now));
    auditTrail.record(
        new AuditEvent(
            DisclosureRequest.SYSTEM,
            "lawful.package.built",
            REQUEST,
            id,
            "scope "
                + request.scope()
                + ", read as "
                + reader
                + ", "
                + archived.size()
                + " archive vault record(s)"
                + (request.audioDisclosed()
                    ? ", with the audio of " + audio.size() + " recording(s)"
                    : "")
                + ", package sha256 "
                + sha256));
    return view(request);
  }

  @Override
  public DisclosureView request(String id, String viewer) {
    DisclosureRequest request = find(id);
    audit(viewer, "lawful.request.read", id, request.state().name());
    return view(request);
  }

  @Override
  public List<DisclosureView> latest(String viewer) {
    List<DisclosureView> views = requests.latest(LATEST_LIMIT).stream().map(this::view).toList();
    audit(viewer, "lawful.requests.listed", "*", views.size() + " requests");
    return views;
  }

  @Override
  public DocumentFile document(String id, String viewer) {
    find(id);
    DisclosureDocument document =
        requests
            .document(id)
            .orElseThrow(() -> DomainException.notFound("the request has no document"));
    byte[] content =
        Base64.getDecoder()
            .decode(
                documents.open(document.sealedContent(), documentContent(document.requestId())));
    audit(viewer, "lawful.document.read", id, "sha256 " + document.sha256());
    return new DocumentFile(document.fileName(), document.mediaType(), content);
  }

  @Override
  public PackageFile packageOf(String id, String viewer) {
    find(id);
    DisclosurePackage pkg =
        requests
            .packageOf(id)
            .orElseThrow(() -> DomainException.conflict("no package was built for this request"));
    audit(viewer, "lawful.package.downloaded", id, "sha256 " + pkg.sha256());
    return new PackageFile(id, Base64.getDecoder().decode(pkg.ciphertext()), pkg.sha256());
  }

  @Override
  public KeyHandover handOverKey(String id, String actor) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("only an identified member of legal may take the key");
    }
    DisclosureRequest request = find(id);
    Optional<DisclosurePackage> locked = requests.lockPackage(request.id());
    Instant now = clock.instant();
    request.keyHandedOver(actor.strip(), now);
    DisclosurePackage pkg =
        locked.orElseThrow(() -> DomainException.conflict("no package was built for this request"));
    String key =
        documents.open(
            pkg.takeKey()
                .orElseThrow(
                    () -> DomainException.conflict("the package key was already handed over")),
            packageKey(pkg.requestId()));
    audit(
        actor.strip(),
        "lawful.package.key-handed-over",
        id,
        "key shown once and erased; package sha256 " + pkg.sha256());
    return new KeyHandover(id, key, PackageCipher.ALGORITHM, pkg.sha256(), actor.strip(), now);
  }

  private DisclosureDocument document(String requestId, DocumentInput input) {
    if (input == null) {
      throw DomainException.invalid("document", "the legal document file is required (DISC-1)");
    }
    if (input.contentBase64() == null || input.contentBase64().isBlank()) {
      throw DomainException.invalid("document.contentBase64", "is required");
    }
    if (input.contentBase64().length() > DisclosureDocument.MAX_BYTES / 3 * 4 + 8) {
      throw DomainException.invalid(
          "document.contentBase64",
          "the file must have at most " + DisclosureDocument.MAX_BYTES + " bytes");
    }
    byte[] content;
    try {
      content = Base64.getDecoder().decode(input.contentBase64().strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("document.contentBase64", "must be Base64");
    }
    return DisclosureDocument.of(
        requestId,
        input.fileName(),
        input.mediaType(),
        content.length,
        PackageCipher.sha256(content),
        documents.seal(Base64.getEncoder().encodeToString(content), documentContent(requestId)));
  }

  private DisclosureRequest find(String id) {
    if (id == null || id.isBlank()) {
      throw DomainException.notFound("no such disclosure request");
    }
    return requests
        .find(id.strip())
        .orElseThrow(() -> DomainException.notFound("no such disclosure request"));
  }

  private void audit(String viewer, String action, String id, String detail) {
    if (viewer == null || viewer.isBlank()) {
      throw DomainException.forbidden("only an identified member of legal may read");
    }
    auditTrail.record(new AuditEvent(viewer.strip(), action, REQUEST, id, detail));
  }

  private DisclosureView view(DisclosureRequest r) {
    return view(r, requests.document(r.id()).orElse(null), requests.packageOf(r.id()));
  }

  private static DisclosureView view(
      DisclosureRequest r, DisclosureDocument d, Optional<DisclosurePackage> pkg) {
    return new DisclosureView(
        r.id(),
        r.subjectId(),
        r.authorityKind().name(),
        r.authorityName(),
        r.documentKind().name(),
        r.documentNumber(),
        r.issuingBody(),
        r.documentDate(),
        r.scope(),
        r.recordingOrderNumber().orElse(null),
        r.publicDisclosure(),
        r.compulsoryOrder(),
        r.hasForeignApproval(),
        r.foreignApprovalReference().orElse(null),
        r.foreignApprovalDate().orElse(null),
        r.state().name(),
        r.decisionReason().orElse(null),
        r.decidedBy().orElse(null),
        r.decidedAt().orElse(null),
        r.registeredBy(),
        r.registeredAt(),
        d == null
            ? null
            : new DocumentSummary(d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256()),
        r.packagedAt().orElse(null),
        pkg.map(DisclosurePackage::sha256).orElse(null),
        r.keyHandedOverTo().orElse(null),
        r.keyHandedOverAt().orElse(null),
        r.ground().name(),
        r.consentEntries().orElse(null),
        r.audioDisclosed());
  }

  private static SealBinding documentContent(String requestId) {
    return SealBinding.of("lawful_disclosure_document", "sealed_content", requestId);
  }

  private static SealBinding packageKey(String requestId) {
    return SealBinding.of("lawful_disclosure_package", "sealed_key", requestId);
  }
}
