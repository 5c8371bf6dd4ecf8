package com.meike.privacy.lawful.domain.request;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An authority's request to disclose one person's information (DISC-1). It carries the facts of the
 * legal document, the scope (purpose codes of the catalogue; a recording scope names its order,
 * REC-9), and moves SCREENING → AWAITING_REVIEW → APPROVED → PACKAGED, or to REFUSED with a reason.
 * Screening refuses without a person: a foreign authority's request that no PRC competent authority
 * approved (DISC-1a), and a request resting on the person's separate consent (a public disclosure
 * without a compulsory order, DISC-2; a recording shared with a recipient the person chose, REC-9)
 * when the consent ledger shows no such consent in force.
 */
@Entity
@Table(name = "lawful_disclosure_request")
public class DisclosureRequest {

  /** The purpose code of service recordings (REC-9): scoping it needs an order number. */
  public static final String RECORDINGS = "service.recording";

  /** The purpose of a separate consent to share a recording with a recipient (REC-9). */
  public static final String RECORDING_SHARING = "service.recording.sharing";

  /** The purpose of a separate explicit consent to public disclosure (DISC-2). */
  public static final String PUBLIC_DISCLOSURE = "disclosure.public";

  /** The actor of automatic refusals. */
  public static final String SYSTEM = "system";

  private static final int MAX_REASON = 2000;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_id", length = 64, nullable = false, updatable = false)
  private String subjectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "authority_kind", length = 32, nullable = false, updatable = false)
  private AuthorityKind authorityKind;

  @Column(name = "authority_name", length = 200, nullable = false, updatable = false)
  private String authorityName;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind", length = 32, nullable = false, updatable = false)
  private DocumentKind documentKind;

  @Column(name = "document_number", length = 100, nullable = false, updatable = false)
  private String documentNumber;

  @Column(name = "issuing_body", length = 200, nullable = false, updatable = false)
  private String issuingBody;

  @Column(name = "document_date", nullable = false, updatable = false)
  private LocalDate documentDate;

  /** Purpose codes, sorted, comma-separated. */
  @Column(name = "scope", length = 2000, nullable = false, updatable = false)
  private String scope;

  @Column(name = "recording_order_number", length = 32, updatable = false)
  private String recordingOrderNumber;

  @Column(name = "public_disclosure", nullable = false, updatable = false)
  private boolean publicDisclosure;

  @Column(name = "compulsory_order", nullable = false, updatable = false)
  private boolean compulsoryOrder;

  @Column(name = "foreign_approval_reference", length = 200, updatable = false)
  private String foreignApprovalReference;

  @Column(name = "foreign_approval_date", updatable = false)
  private LocalDate foreignApprovalDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "ground", length = 32, nullable = false, updatable = false)
  private DisclosureGround ground;

  /** The consent-ledger entries found in force at screening, comma-separated (ids only). */
  @Column(name = "consent_entries", length = 200)
  private String consentEntries;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 32, nullable = false)
  private DisclosureState state;

  @Column(name = "decision_reason", length = MAX_REASON)
  private String decisionReason;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "registered_by", length = 100, nullable = false, updatable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "packaged_at")
  private Instant packagedAt;

  @Column(name = "key_handed_over_to", length = 100)
  private String keyHandedOverTo;

  @Column(name = "key_handed_over_at")
  private Instant keyHandedOverAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  /** For JPA only. */
  protected DisclosureRequest() {}

  /** What the registering staff member read off the legal document and the authority's letter. */
  public record Facts(
      String subject,
      String authorityKind,
      String authorityName,
      String documentKind,
      String documentNumber,
      String issuingBody,
      String documentDate,
      List<String> scope,
      String recordingOrderNumber,
      boolean publicDisclosure,
      boolean compulsoryOrder,
      String foreignApprovalReference,
      String foreignApprovalDate) {}

  /**
   * Registers a request; the scope's codes are checked against the catalogue by the caller.
   *
   * @throws DomainException INVALID_INPUT naming the field at fault; FORBIDDEN without an actor
   */
  public static DisclosureRequest register(Facts facts, String actor, Instant now) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("only an identified staff member may register a request");
    }
    Objects.requireNonNull(facts, "facts");
    DisclosureRequest r = new DisclosureRequest();
    r.id = UUID.randomUUID().toString();
    r.subjectId = text(facts.subject(), "subject", 64);
    r.authorityKind = AuthorityKind.parse(facts.authorityKind());
    r.authorityName = text(facts.authorityName(), "authorityName", 200);
    r.documentKind = DocumentKind.parse(facts.documentKind());
    r.documentNumber = text(facts.documentNumber(), "documentNumber", 100);
    r.issuingBody = text(facts.issuingBody(), "issuingBody", 200);
    r.documentDate = date(facts.documentDate(), "documentDate", now);
    List<String> scope = facts.scope() == null ? List.of() : facts.scope();
    if (scope.isEmpty() || scope.stream().anyMatch(c -> c == null || c.isBlank())) {
      throw DomainException.invalid("scope", "name at least one purpose code of the catalogue");
    }
    r.scope = String.join(",", scope.stream().map(String::strip).distinct().sorted().toList());
    if (r.scope.length() > 2000) {
      throw DomainException.invalid("scope", "is too long");
    }
    boolean recordings = r.scope().contains(RECORDINGS);
    String order = facts.recordingOrderNumber();
    if (recordings && (order == null || order.isBlank())) {
      throw DomainException.invalid(
          "recordingOrderNumber", "recordings are disclosed per order: name the order (REC-9)");
    }
    if (!recordings && order != null && !order.isBlank()) {
      throw DomainException.invalid(
          "recordingOrderNumber", "only with " + RECORDINGS + " in the scope");
    }
    r.recordingOrderNumber = recordings ? text(order, "recordingOrderNumber", 32) : null;
    r.publicDisclosure = facts.publicDisclosure();
    r.compulsoryOrder = facts.compulsoryOrder();
    boolean hasReference = present(facts.foreignApprovalReference());
    boolean hasDate = present(facts.foreignApprovalDate());
    if ((hasReference || hasDate) && !r.authorityKind.foreign()) {
      throw DomainException.invalid(
          hasReference ? "foreignApprovalReference" : "foreignApprovalDate",
          "a PRC approval is recorded only for a foreign authority's request");
    }
    if (hasReference != hasDate) {
      throw DomainException.invalid(
          hasReference ? "foreignApprovalDate" : "foreignApprovalReference",
          "the PRC approval needs both its reference and its date");
    }
    if (hasReference) {
      r.foreignApprovalReference =
          text(facts.foreignApprovalReference(), "foreignApprovalReference", 200);
      r.foreignApprovalDate = date(facts.foreignApprovalDate(), "foreignApprovalDate", now);
    }
    if (r.authorityKind == AuthorityKind.CONSENTED_RECIPIENT
        && !r.scope().equals(List.of(RECORDINGS))) {
      throw DomainException.invalid(
          "scope",
          "a recipient the person consented to receives a recording"
              + " only: the scope is "
              + RECORDINGS
              + " with its order (REC-9)");
    }
    r.ground =
        r.authorityKind == AuthorityKind.CONSENTED_RECIPIENT
                || (r.publicDisclosure && !r.compulsoryOrder)
            ? DisclosureGround.SEPARATE_CONSENT
            : DisclosureGround.LEGAL_PROCEDURE;
    r.state = DisclosureState.SCREENING;
    r.registeredBy = actor.strip();
    r.registeredAt = Objects.requireNonNull(now, "now");
    return r;
  }

  /**
   * The separate consents this request needs, by purpose (empty on a legal procedure): {@value
   * #PUBLIC_DISCLOSURE} for a public disclosure without a compulsory order, {@value
   * #RECORDING_SHARING} for a recipient the person chose.
   */
  public List<String> consentsNeeded() {
    if (ground != DisclosureGround.SEPARATE_CONSENT) {
      return List.of();
    }
    List<String> needed = new java.util.ArrayList<>();
    if (publicDisclosure && !compulsoryOrder) {
      needed.add(PUBLIC_DISCLOSURE);
    }
    if (authorityKind == AuthorityKind.CONSENTED_RECIPIENT) {
      needed.add(RECORDING_SHARING);
    }
    return List.copyOf(needed);
  }

  /** A request without a consent ground (and tests of the legal procedure). */
  public void screen(Instant now) {
    screen(now, java.util.Map.of());
  }

  /**
   * Applies the rules that need no judgement: a foreign request without a PRC approval (DISC-1a) is
   * refused; a request resting on the person's separate consent is refused unless {@code
   * consentsInForce} (purpose → ledger entry, as the consent check found them now) holds every
   * consent {@link #consentsNeeded() it needs} (DISC-2, REC-9); anything else waits for legal.
   *
   * @throws DomainException CONFLICT unless screening
   */
  public void screen(Instant now, java.util.Map<String, Long> consentsInForce) {
    requireState(DisclosureState.SCREENING, "screened");
    List<String> missing =
        consentsNeeded().stream().filter(purpose -> !consentsInForce.containsKey(purpose)).toList();
    if (authorityKind.foreign() && !hasForeignApproval()) {
      refuseAutomatically(
          "DISC-1a: a foreign authority's request is refused unless a PRC competent authority"
              + " approved it (PIPL art. 41); no approval is recorded",
          now);
    } else if (!missing.isEmpty()) {
      refuseAutomatically(
          (publicDisclosure && !compulsoryOrder
                  ? "DISC-2: public disclosure needs a compulsory order or the person's separate explicit consent"
                  : "REC-9: a recording is shared with a recipient only with the person's separate consent")
              + "; no consent in force to "
              + String.join(", ", missing),
          now);
    } else {
      consentEntries =
          consentsNeeded().isEmpty()
              ? null
              : consentsNeeded().stream()
                  .map(purpose -> purpose + "#" + consentsInForce.get(purpose))
                  .collect(java.util.stream.Collectors.joining(","));
      state = DisclosureState.AWAITING_REVIEW;
    }
  }

  /**
   * The person withdrew a consent this request rests on after legal approved and before the package
   * was built: refused, nothing is packaged (a withdrawal takes effect at the next use).
   *
   * @throws DomainException CONFLICT unless approved
   */
  public void consentWithdrawnBeforePackage(List<String> purposes, Instant now) {
    requireState(DisclosureState.APPROVED, "refused for a withdrawn consent");
    String why =
        " — then refused: the person's separate consent to "
            + String.join(", ", purposes)
            + " is no longer in force, nothing is packaged (DISC-2, REC-9)";
    String kept = decisionReason == null ? "" : decisionReason;
    decisionReason =
        (kept.length() + why.length() > MAX_REASON
                ? kept.substring(0, MAX_REASON - why.length())
                : kept)
            + why;
    Objects.requireNonNull(now, "now");
    state = DisclosureState.REFUSED;
  }

  /**
   * Legal's decision, with its reason. A second pair of eyes (DISC-1): whoever registered the
   * request cannot decide it.
   *
   * @throws DomainException CONFLICT unless awaiting review; INVALID_INPUT on {@code reason};
   *     FORBIDDEN without a reviewer, or when the reviewer registered the request
   */
  public void decide(boolean approved, String reason, String reviewer, Instant now) {
    if (reviewer == null || reviewer.isBlank()) {
      throw DomainException.forbidden("only an identified member of legal may decide");
    }
    if (reviewer.strip().equals(registeredBy)) {
      throw DomainException.forbidden(
          "登记此请求的人不能自己决定，须由另一位法务同事审查 — whoever registered a disclosure request cannot"
              + " decide it; another member of legal reviews it (DISC-1)");
    }
    requireState(DisclosureState.AWAITING_REVIEW, "decided");
    decisionReason = text(reason, "reason", MAX_REASON);
    decidedBy = reviewer.strip();
    decidedAt = Objects.requireNonNull(now, "now");
    state = approved ? DisclosureState.APPROVED : DisclosureState.REFUSED;
  }

  /** The package was built. @throws DomainException CONFLICT unless approved */
  public void packaged(Instant now) {
    requireState(DisclosureState.APPROVED, "packaged");
    packagedAt = Objects.requireNonNull(now, "now");
    state = DisclosureState.PACKAGED;
  }

  /**
   * The package key was shown to {@code actor}: once only.
   *
   * @throws DomainException CONFLICT before the package exists or after the key was handed over
   */
  public void keyHandedOver(String actor, Instant now) {
    requireState(DisclosureState.PACKAGED, "handed its key over");
    if (keyHandedOverAt != null) {
      throw DomainException.conflict(
          "the package key was already handed over to "
              + keyHandedOverTo
              + " at "
              + keyHandedOverAt
              + "; it is shown once only and is no longer kept");
    }
    keyHandedOverTo = Objects.requireNonNull(actor, "actor");
    keyHandedOverAt = Objects.requireNonNull(now, "now");
  }

  public boolean hasForeignApproval() {
    return foreignApprovalReference != null && foreignApprovalDate != null;
  }

  private void refuseAutomatically(String reason, Instant now) {
    state = DisclosureState.REFUSED;
    decisionReason = reason;
    decidedBy = SYSTEM;
    decidedAt = Objects.requireNonNull(now, "now");
  }

  private void requireState(DisclosureState expected, String verb) {
    if (state != expected) {
      throw DomainException.conflict(
          "the request is " + state + " and cannot be " + verb + " (it must be " + expected + ")");
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String text(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    if (value.strip().length() > max) {
      throw DomainException.invalid(field, "must be at most " + max + " characters");
    }
    return value.strip();
  }

  private static LocalDate date(String value, String field, Instant now) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required (ISO date, e.g. 2026-11-01)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(field, "must be an ISO date such as 2026-11-01");
    }
    if (date.isAfter(LocalDate.ofInstant(now, CHINA))) {
      throw DomainException.invalid(field, "cannot be in the future");
    }
    return date;
  }

  public String id() {
    return id;
  }

  public String subjectId() {
    return subjectId;
  }

  public AuthorityKind authorityKind() {
    return authorityKind;
  }

  public String authorityName() {
    return authorityName;
  }

  public DocumentKind documentKind() {
    return documentKind;
  }

  public String documentNumber() {
    return documentNumber;
  }

  public String issuingBody() {
    return issuingBody;
  }

  public LocalDate documentDate() {
    return documentDate;
  }

  public List<String> scope() {
    return Arrays.asList(scope.split(","));
  }

  public Optional<String> recordingOrderNumber() {
    return Optional.ofNullable(recordingOrderNumber);
  }

  public boolean publicDisclosure() {
    return publicDisclosure;
  }

  public boolean compulsoryOrder() {
    return compulsoryOrder;
  }

  public Optional<String> foreignApprovalReference() {
    return Optional.ofNullable(foreignApprovalReference);
  }

  public Optional<LocalDate> foreignApprovalDate() {
    return Optional.ofNullable(foreignApprovalDate);
  }

  public DisclosureState state() {
    return state;
  }

  public DisclosureGround ground() {
    return ground == null ? DisclosureGround.LEGAL_PROCEDURE : ground;
  }

  /** The consent-ledger entries the request rests on, as {@code purpose#entry,…}. */
  public Optional<String> consentEntries() {
    return Optional.ofNullable(consentEntries);
  }

  /** Whether the package holds the recordings' audio itself (REC-9), not only their reference. */
  public boolean audioDisclosed() {
    return recordingOrderNumber != null && authorityKind.receivesAudio();
  }

  /** Whether the package leaves the PRC: a foreign authority's request (DATA-4, AUD-4). */
  public boolean goesAbroad() {
    return authorityKind.foreign();
  }

  public Optional<String> decisionReason() {
    return Optional.ofNullable(decisionReason);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Optional<Instant> packagedAt() {
    return Optional.ofNullable(packagedAt);
  }

  public Optional<String> keyHandedOverTo() {
    return Optional.ofNullable(keyHandedOverTo);
  }

  public Optional<Instant> keyHandedOverAt() {
    return Optional.ofNullable(keyHandedOverAt);
  }
}
