package com.meike.privacy.lawful.application.internal;

import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.identity.application.AccountLookup.SubjectView;
import com.meike.privacy.kernel.rights.ArchiveReader.ArchivedRecord;
import com.meike.privacy.lawful.domain.request.DisclosureRequest;
import com.meike.privacy.lawful.domain.request.PackageCipher;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.RecordingDisclosure;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plaintext of a disclosure package: the request's facts and, per scope, only what this system
 * holds about the subject in that scope — account facts for {@code account.network-identity},
 * consent-ledger entries of the scoped purposes, and the recordings of the named order — by
 * reference for an authority (the audio stays sealed here; the order number and its legal holds
 * identify them), with the audio itself (Base64, inside this encrypted package) for a user holding
 * a legal document or a recipient the person consented to (REC-9) — and what the archive vault kept
 * of the scoped categories after a deletion or cancellation (RET-2). Scope codes with nothing held
 * here are listed as such, so the recipient knows they were looked for.
 */
final class PackageContents {

  static final String FORMAT = "meike-lawful-disclosure/1";

  /** Without audio or archived records (e.g. in tests of the other parts). */
  static byte[] json(
      DisclosureRequest request,
      Optional<SubjectView> account,
      List<ConsentEntryView> ledger,
      List<LegalHoldView> holds,
      Instant builtAt) {
    return json(request, account, ledger, holds, List.of(), List.of(), builtAt);
  }

  /** Scope codes whose data is the account itself (id, role, registration, verification level). */
  static final Set<String> ACCOUNT_CATEGORIES = Set.of("account.network-identity");

  private PackageContents() {}

  static byte[] json(
      DisclosureRequest request,
      Optional<SubjectView> account,
      List<ConsentEntryView> ledger,
      List<LegalHoldView> holds,
      List<ArchivedRecord> archived,
      List<RecordingDisclosure.DisclosedRecording> audio,
      Instant builtAt) {
    List<String> scope = request.scope();
    Set<String> covered = new TreeSet<>();
    JsonObjectBuilder data = Json.createObjectBuilder();
    if (account.isPresent() && scope.stream().anyMatch(ACCOUNT_CATEGORIES::contains)) {
      SubjectView a = account.get();
      JsonObjectBuilder facts =
          Json.createObjectBuilder()
              .add("accountId", a.accountId())
              .add("role", a.role())
              .add("registeredAt", a.registeredAt().toString());
      if (a.extraVerification() != null) {
        facts.add("extraVerification", a.extraVerification());
      }
      data.add("account", facts);
      scope.stream().filter(ACCOUNT_CATEGORIES::contains).forEach(covered::add);
    }
    JsonArrayBuilder entries = Json.createArrayBuilder();
    for (ConsentEntryView e : ledger) {
      if (scope.contains(e.purpose())) {
        entries.add(
            Json.createObjectBuilder()
                .add("sequence", e.sequence())
                .add("purpose", e.purpose())
                .add("policyVersion", e.policyVersion())
                .add("action", e.action())
                .add("channel", e.channel())
                .add("actedAs", e.actedAs())
                .add("occurredAt", e.occurredAt().toString()));
        covered.add(e.purpose());
      }
    }
    data.add("consentRecords", entries);
    request
        .recordingOrderNumber()
        .ifPresent(
            order -> {
              JsonArrayBuilder holdArray = Json.createArrayBuilder();
              holds.forEach(
                  h ->
                      holdArray.add(
                          Json.createObjectBuilder()
                              .add("holdId", h.id())
                              .add("placedAt", h.placedAt().toString())
                              .add("active", h.active())));
              JsonObjectBuilder recordings =
                  Json.createObjectBuilder().add("orderNumber", order).add("legalHolds", holdArray);
              if (request.audioDisclosed()) {
                JsonArrayBuilder items = Json.createArrayBuilder();
                for (RecordingDisclosure.DisclosedRecording r : audio) {
                  JsonObjectBuilder item =
                      Json.createObjectBuilder()
                          .add("recordingId", r.id())
                          .add("status", r.status())
                          .add("startedAt", r.startedAt().toString());
                  if (r.endedAt() != null) {
                    item.add("endedAt", r.endedAt().toString());
                  }
                  if (r.failureCause() != null) {
                    item.add("failureCause", r.failureCause());
                  }
                  if (r.audio() != null) {
                    item.add("audioBase64", Base64.getEncoder().encodeToString(r.audio()))
                        .add("audioSha256", PackageCipher.sha256(r.audio()));
                  }
                  items.add(item);
                }
                recordings
                    .add(
                        "disclosedAs",
                        "audio: each stored recording's decrypted audio, Base64, in this"
                            + " encrypted package (REC-9); destroyed recordings are listed without audio")
                    .add("items", items);
              } else {
                recordings.add(
                    "disclosedAs",
                    "reference only: the audio is not in this package; it stays sealed"
                        + " in this system under the legal holds listed");
              }
              data.add("recordings", recordings);
              covered.add(DisclosureRequest.RECORDINGS);
            });
    // RET-2: what the archive vault kept of the person after a deletion or cancellation, of the
    // scoped categories.
    JsonArrayBuilder vault = Json.createArrayBuilder();
    for (ArchivedRecord record : archived) {
      if (scope.contains(record.category())) {
        try (var reader = Json.createReader(new StringReader(record.recordJson()))) {
          vault.add(
              Json.createObjectBuilder()
                  .add("category", record.category())
                  .add("legalBasis", record.legalBasis())
                  .add("archivedAt", record.depositedAt().toString())
                  .add("keptUntil", record.keepUntil().toString())
                  .add("record", reader.readObject()));
        }
        covered.add(record.category());
      }
    }
    data.add("archive", vault);
    JsonArrayBuilder notHeld = Json.createArrayBuilder();
    scope.stream().filter(code -> !covered.contains(code)).forEach(notHeld::add);
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("requestId", request.id())
            .add("subject", request.subjectId())
            .add(
                "authority",
                Json.createObjectBuilder()
                    .add("kind", request.authorityKind().name())
                    .add("name", request.authorityName()))
            .add(
                "legalDocument",
                Json.createObjectBuilder()
                    .add("kind", request.documentKind().name())
                    .add("number", request.documentNumber())
                    .add("issuingBody", request.issuingBody())
                    .add("date", request.documentDate().toString()))
            .add("scope", Json.createArrayBuilder(scope))
            .add("ground", request.ground().name())
            .add("approvedBy", request.decidedBy().orElse(""))
            .add("builtAt", builtAt.toString())
            .add("data", data)
            .add("scopeWithNothingHeld", notHeld);
    return root.build().toString().getBytes(StandardCharsets.UTF_8);
  }
}
