package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.AccountVerifications;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import com.meike.privacy.identity.domain.evidence.AccountVerification;
import com.meike.privacy.identity.domain.evidence.AccountVerificationRepository;
import com.meike.privacy.identity.domain.evidence.Evidence;
import com.meike.privacy.identity.domain.evidence.VerificationKind;
import com.meike.privacy.identity.domain.evidence.VerificationState;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@link AccountVerifications} as one container-managed transaction per call: the submission, the
 * account's status and the audit entry commit together. Audit entries name the account, the
 * submission, its kind and document type, never the evidence or the review's reason. A document
 * already held by another account is refused and audited apart ({@link VerificationRefusals}).
 */
@Stateless
public class DefaultAccountVerifications implements AccountVerifications {

  static final String VERIFICATION = "account-verification";
  static final String TABLE = "account_verification";
  static final int MAX_REASON = 500;
  static final int MAX_LISTED = 200;

  @Inject AccountVerificationRepository verifications;
  @Inject AppAccountRepository accounts;

  /** Keyed hash of verification evidence and external account ids (ID-3..5). */
  @Inject
  @Key("meike.identity.evidence-key")
  KeyedHash evidenceHash;

  /**
   * Seals verification evidence; sealed before the verification has an id, so bound to the account.
   */
  @Inject
  @Key(value = "meike.identity.evidence-encryption-key", defaultId = "e1")
  FieldCipher evidenceCipher;

  @Inject VerificationRefusals refusals;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  /** For the container. */
  public DefaultAccountVerifications() {}

  /** Outside a container (tests). */
  public DefaultAccountVerifications(
      AccountVerificationRepository verifications,
      AppAccountRepository accounts,
      KeyedHash evidenceHash,
      FieldCipher evidenceCipher,
      VerificationRefusals refusals,
      AuditTrail auditTrail,
      Clock clock) {
    this.verifications = verifications;
    this.accounts = accounts;
    this.evidenceHash = evidenceHash;
    this.evidenceCipher = evidenceCipher;
    this.refusals = refusals;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  @Override
  public VerificationView submit(String accountId, EvidenceInput input) {
    AppAccount account =
        accounts
            .account(accountId)
            .orElseThrow(
                () -> DomainException.notFound("The account of this token no longer exists."));
    VerificationKind kind = VerificationKind.forRole(account.role());
    Evidence evidence = evidence(kind, input);
    verifications
        .latestOf(accountId)
        .ifPresent(
            latest -> {
              if (latest.state() == VerificationState.PENDING) {
                throw DomainException.conflict("A verification of this account awaits review.");
              }
              if (latest.state() == VerificationState.PASSED) {
                throw DomainException.conflict("This account's verification has already passed.");
              }
            });
    String hash = evidenceHash.hash(evidence.lookupKey());
    if (verifications.claiming(hash).isPresent()) {
      refusals.documentInUse(accountId, kind.name(), evidence.type());
      throw DomainException.conflict(
          evidence.kind().personal()
              ? "This document is already used to verify another account."
              : "This credit code is already used to verify another account.");
    }
    ColumnSeal seal = evidenceCipher.sealing(TABLE, accountId);
    AccountVerification.Sealed sealed =
        new AccountVerification.Sealed(
            hash,
            seal.apply("number_ciphertext", evidence.number()),
            seal.apply("name_ciphertext", evidence.name()),
            sealOrNull(seal, "representative_ciphertext", evidence.representative()),
            sealOrNull(seal, "face_check_ciphertext", evidence.faceCheckReference()));
    AccountVerification verification =
        AccountVerification.submit(accountId, kind, evidence.type(), sealed, clock.instant());
    verifications.add(verification);
    account.verificationSubmitted();
    auditTrail.record(
        new AuditEvent(
            accountId,
            "identity.verification-submitted",
            VERIFICATION,
            verification.id(),
            "account "
                + accountId
                + ", kind "
                + kind
                + ", evidence "
                + evidence.type()
                + (evidence.faceCheckReference() == null ? "" : " with face check")));
    return view(verification);
  }

  @Override
  public List<VerificationView> inState(String state, String viewer) {
    VerificationState wanted =
        state == null ? VerificationState.PENDING : VerificationState.parse("state", state);
    List<VerificationView> found =
        verifications.inState(wanted, MAX_LISTED).stream().map(this::view).toList();
    auditTrail.record(
        new AuditEvent(
            viewer,
            "identity.verifications-listed",
            VERIFICATION,
            "state:" + wanted,
            found.size() + " listed"));
    return found;
  }

  @Override
  public VerificationView decide(
      String verificationId, String outcome, String reason, String reviewer) {
    VerificationState decided = decision(outcome);
    if (decided == VerificationState.FAILED && (reason == null || reason.isBlank())) {
      throw DomainException.invalid("reason", "is required when the verification fails");
    }
    if (reason != null && reason.length() > MAX_REASON) {
      throw DomainException.invalid("reason", "must be at most " + MAX_REASON + " characters");
    }
    AccountVerification verification =
        verifications
            .verification(verificationId)
            .orElseThrow(() -> DomainException.notFound("No verification " + verificationId + "."));
    Instant now = clock.instant();
    String sealedReason =
        reason == null || reason.isBlank()
            ? null
            : evidenceCipher.seal(
                reason.strip(), SealBinding.of(TABLE, "reason_ciphertext", verification.id()));
    verification.decide(decided, reviewer, sealedReason, now);
    accounts
        .account(verification.accountId())
        .ifPresent(account -> account.verificationDecided(decided == VerificationState.PASSED));
    auditTrail.record(
        new AuditEvent(
            reviewer,
            "identity.verification-decided",
            VERIFICATION,
            verification.id(),
            "account "
                + verification.accountId()
                + ", kind "
                + verification.kind()
                + ", outcome "
                + decided));
    return view(verification);
  }

  private static VerificationState decision(String outcome) {
    if ("PASSED".equals(outcome)) {
      return VerificationState.PASSED;
    }
    if ("FAILED".equals(outcome)) {
      return VerificationState.FAILED;
    }
    throw DomainException.invalid(
        "outcome", outcome == null ? "is required: PASSED or FAILED" : "must be PASSED or FAILED");
  }

  /** Checks the evidence the role calls for; a field of the other kind is refused by name. */
  private static Evidence evidence(VerificationKind kind, EvidenceInput input) {
    if (input == null) {
      throw DomainException.invalid(null, "Verification evidence is required.");
    }
    Map<String, String> foreign =
        kind.personal()
            ? fields(
                "creditCode",
                input.creditCode(),
                "enterpriseName",
                input.enterpriseName(),
                "legalRepresentative",
                input.legalRepresentative())
            : fields(
                "documentType",
                input.documentType(),
                "documentNumber",
                input.documentNumber(),
                "fullName",
                input.fullName(),
                "faceCheckReference",
                input.faceCheckReference());
    foreign.forEach(
        (field, value) -> {
          if (value != null) {
            throw DomainException.invalid(
                field,
                kind.personal()
                    ? "belongs to a merchant's enterprise verification, not to " + kind
                    : "belongs to a personal identity verification, not to a merchant's enterprise verification");
          }
        });
    return kind.personal()
        ? Evidence.identityDocument(
            kind,
            input.documentType(),
            input.documentNumber(),
            input.fullName(),
            input.faceCheckReference())
        : Evidence.enterprise(
            input.creditCode(), input.enterpriseName(), input.legalRepresentative());
  }

  private static Map<String, String> fields(String... namesAndValues) {
    java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  private static String sealOrNull(ColumnSeal seal, String column, String value) {
    return value == null ? null : seal.apply(column, value);
  }

  private VerificationView view(AccountVerification v) {
    return new VerificationView(
        v.id(), v.kind().name(), v.state().name(), v.submittedAt(), v.decidedAt());
  }
}
