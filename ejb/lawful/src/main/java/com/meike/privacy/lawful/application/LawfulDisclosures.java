package com.meike.privacy.lawful.application;

import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Authorities' disclosure requests (DISC-1, DISC-1a, DISC-2, REC-9). Legal or the privacy office
 * register a request with its legal document (the file is kept sealed); the {@code
 * lawful-disclosure} process screens it, legal reviews it, and an approved request yields a package
 * of only the requested scope, encrypted under a fresh key that is handed over once, apart from the
 * package. Every call is one transaction with its audit entry; every read of a request, its
 * document or its package is audited. Callers check roles (legal, privacy officer); refusals are
 * {@link com.meike.privacy.kernel.problem.DomainException}s naming the field.
 */
@Local
public interface LawfulDisclosures {

  /**
   * Registers a request and starts its review ({@link LawfulDisclosureRequested}). A request for an
   * order's recordings also puts a legal hold on them, so they outlive the review (REC-6, REC-9).
   *
   * <p>The subject and the recordings' order number are typed ids, validated on this interface
   * (Bean Validation, {@code ConstraintViolationException}: the web layer's 400 naming the field).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming the field (an
   *     unknown subject, a scope code outside the catalogue, a bad document)
   */
  DisclosureView register(
      @NotNull(message = "is required") @Valid RequestInput input, String actor);

  /** The process's first step: the rules that refuse without review (DISC-1a, DISC-2). */
  DisclosureView screen(String id);

  /**
   * DISC-1 at claim time: refuses {@code reviewer} when they registered the request (FORBIDDEN, in
   * Chinese with English help). Reads only; not audited.
   */
  void requireMayDecide(String id, String reviewer);

  /**
   * AUD-4: the subjects of the packages built since {@code since} that leave the PRC (a foreign
   * authority's approved request), with whether the scope held a sensitive purpose. Ids only.
   */
  List<AbroadSubject> packagedAbroadSince(Instant since);

  /** One person whose information was packaged for abroad. */
  record AbroadSubject(String subject, boolean sensitive) {}

  /**
   * Legal's decision with its reason, by the member of legal completing the review task.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT unless awaiting review;
   *     INVALID_INPUT on {@code reason}
   */
  DisclosureView decide(String id, boolean approved, String reason, String reviewer);

  /**
   * Builds the encrypted package of an approved request: the subject's data in scope that this
   * system holds, read as the reviewer (audited), as JSON, encrypted under a fresh random key.
   */
  DisclosureView buildPackage(String id);

  /** One request, audited as a read by {@code viewer}. */
  DisclosureView request(String id, String viewer);

  /** The latest requests (at most 200), newest first; audited. */
  List<DisclosureView> latest(String viewer);

  /** The legal document file, unsealed; audited. */
  DocumentFile document(String id, String viewer);

  /**
   * The package's ciphertext; audited.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT before it was built
   */
  PackageFile packageOf(String id, String viewer);

  /**
   * Shows the package key to {@code actor} once, records who and when, and erases it.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT before the package exists and
   *     on every call after the first
   */
  KeyHandover handOverKey(String id, String actor);

  /** What staff read off the authority's letter and legal document. */
  record RequestInput(
      @NotNull(message = "is required") @Valid SubjectId subject,
      String authorityKind,
      String authorityName,
      String documentKind,
      String documentNumber,
      String issuingBody,
      String documentDate,
      List<String> scope,
      @Valid OrderNumber recordingOrderNumber,
      boolean publicDisclosure,
      boolean compulsoryOrder,
      String foreignApprovalReference,
      String foreignApprovalDate,
      DocumentInput document) {

    /** The ids as read (tests, the process): wrapped, and validated where the service is called. */
    public RequestInput(
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
        String foreignApprovalDate,
        DocumentInput document) {
      this(
          SubjectId.of(subject),
          authorityKind,
          authorityName,
          documentKind,
          documentNumber,
          issuingBody,
          documentDate,
          scope,
          OrderNumber.of(recordingOrderNumber),
          publicDisclosure,
          compulsoryOrder,
          foreignApprovalReference,
          foreignApprovalDate,
          document);
    }
  }

  /** The legal document file, Base64. */
  record DocumentInput(String fileName, String mediaType, String contentBase64) {}

  record DisclosureView(
      String id,
      String subject,
      String authorityKind,
      String authorityName,
      String documentKind,
      String documentNumber,
      String issuingBody,
      LocalDate documentDate,
      List<String> scope,
      String recordingOrderNumber,
      boolean publicDisclosure,
      boolean compulsoryOrder,
      boolean foreignApprovalRecorded,
      String foreignApprovalReference,
      LocalDate foreignApprovalDate,
      String state,
      String decisionReason,
      String decidedBy,
      Instant decidedAt,
      String registeredBy,
      Instant registeredAt,
      DocumentSummary document,
      Instant packagedAt,
      String packageSha256,
      String keyHandedOverTo,
      Instant keyHandedOverAt,
      String ground,
      String consentEntries,
      boolean audioDisclosed) {

    /** On a legal procedure, reference only (tests and older callers). */
    public DisclosureView(
        String id,
        String subject,
        String authorityKind,
        String authorityName,
        String documentKind,
        String documentNumber,
        String issuingBody,
        LocalDate documentDate,
        List<String> scope,
        String recordingOrderNumber,
        boolean publicDisclosure,
        boolean compulsoryOrder,
        boolean foreignApprovalRecorded,
        String foreignApprovalReference,
        LocalDate foreignApprovalDate,
        String state,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        String registeredBy,
        Instant registeredAt,
        DocumentSummary document,
        Instant packagedAt,
        String packageSha256,
        String keyHandedOverTo,
        Instant keyHandedOverAt) {
      this(
          id,
          subject,
          authorityKind,
          authorityName,
          documentKind,
          documentNumber,
          issuingBody,
          documentDate,
          scope,
          recordingOrderNumber,
          publicDisclosure,
          compulsoryOrder,
          foreignApprovalRecorded,
          foreignApprovalReference,
          foreignApprovalDate,
          state,
          decisionReason,
          decidedBy,
          decidedAt,
          registeredBy,
          registeredAt,
          document,
          packagedAt,
          packageSha256,
          keyHandedOverTo,
          keyHandedOverAt,
          "LEGAL_PROCEDURE",
          null,
          false);
    }
  }

  record DocumentSummary(String fileName, String mediaType, long sizeBytes, String sha256) {}

  record DocumentFile(String fileName, String mediaType, byte[] content) {}

  record PackageFile(String requestId, byte[] ciphertext, String sha256) {}

  record KeyHandover(
      String requestId,
      String keyBase64,
      String algorithm,
      String packageSha256,
      String handedOverTo,
      Instant handedOverAt) {}
}
