package com.meike.privacy.lawful.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.identity.application.AccountLookup;
import com.meike.privacy.identity.application.AccountLookup.SubjectView;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.lawful.application.LawfulDisclosureRequested;
import com.meike.privacy.lawful.application.LawfulDisclosures.DisclosureView;
import com.meike.privacy.lawful.application.LawfulDisclosures.DocumentInput;
import com.meike.privacy.lawful.application.LawfulDisclosures.KeyHandover;
import com.meike.privacy.lawful.application.LawfulDisclosures.PackageFile;
import com.meike.privacy.lawful.application.LawfulDisclosures.RequestInput;
import com.meike.privacy.lawful.domain.request.DisclosureDocument;
import com.meike.privacy.lawful.domain.request.DisclosurePackage;
import com.meike.privacy.lawful.domain.request.DisclosureRequest;
import com.meike.privacy.lawful.domain.request.PackageCipher;
import com.meike.privacy.lawful.infrastructure.persistence.jpa.JpaDisclosureRequestRepository;
import com.meike.privacy.recording.application.RecordingRetention;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.enterprise.event.Event;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The lawful-disclosure service on the migrated schema (H2, mappings validated): registration with
 * the sealed document, screening, review, the package of only the requested scope, and the one-time
 * key handover. Other contexts' services are mocked.
 */
class LawfulDisclosuresOnH2Test {

  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  static final String SUBJECT = "u-7f3a";
  static final String LEGAL = "legal.counsel";

  /** Registers requests; a second person (legal) decides them (DISC-1). */
  static final String REGISTRAR = "privacy.officer";

  static final byte[] DOCUMENT = "%PDF-1.7 investigation letter".getBytes(StandardCharsets.UTF_8);

  ContextDatabase db;
  AccountLookup accounts = mock(AccountLookup.class);
  ConsentLedger ledger = mock(ConsentLedger.class);
  PurposeCatalogue catalogue = mock(PurposeCatalogue.class);
  RecordingRetention retention = mock(RecordingRetention.class);
  com.meike.privacy.kernel.rights.ArchiveReader archive =
      mock(com.meike.privacy.kernel.rights.ArchiveReader.class);
  com.meike.privacy.recording.application.RecordingDisclosure recordingAudio =
      mock(com.meike.privacy.recording.application.RecordingDisclosure.class);
  com.meike.privacy.consent.application.ConsentCheck consent =
      mock(com.meike.privacy.consent.application.ConsentCheck.class);
  AuditTrail audit = mock(AuditTrail.class);

  @SuppressWarnings("unchecked")
  Event<LawfulDisclosureRequested> requested = mock(Event.class);

  FieldCipher documentCipher = new FieldCipher("d1", new byte[32]);

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "lawful", DisclosureRequest.class, DisclosureDocument.class, DisclosurePackage.class);
    when(catalogue.allPurposes())
        .thenReturn(
            List.of(
                purpose("account.network-identity"),
                purpose("location.precise"),
                purpose("profile.basic"),
                purpose("service.recording"),
                purpose("service.recording.sharing"),
                purpose("disclosure.public")));
    when(consent.may(any(), any())).thenReturn(refusedConsent());
    when(accounts.byId(eq(SubjectId.of(SUBJECT)), anyString()))
        .thenReturn(
            Optional.of(new SubjectView(SUBJECT, "CUSTOMER", null, NOW.minusSeconds(86_400))));
    when(ledger.history(eq(SubjectId.of(SUBJECT)), anyString(), eq(true)))
        .thenReturn(
            List.of(
                entry(1, "account.network-identity"),
                entry(2, "location.precise"),
                entry(3, "profile.basic")));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "DISC-1: the member of legal who registered a request cannot decide it, and it stays open for a colleague")
  void the_registrar_cannot_decide() {
    DisclosureView registered =
        call(s -> s.register(input("COURT", List.of("profile.basic"), null), LEGAL));
    call(s -> s.screen(registered.id()));

    DomainException refused =
        catchThrowableOfType(
            DomainException.class,
            () -> call(s -> s.decide(registered.id(), true, "My own request looks fine", LEGAL)));

    assertThat(refused.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    assertThat(call(s -> s.request(registered.id(), REGISTRAR)).state())
        .isEqualTo("AWAITING_REVIEW");
    assertThat(
            call(s ->
                    s.decide(
                        registered.id(),
                        false,
                        "The ruling names another person",
                        "legal.associate"))
                .state())
        .isEqualTo("REFUSED");
  }

  @Test
  void an_approved_request_yields_a_package_of_only_its_scope_and_the_key_once() {
    DisclosureView registered =
        call(
            s ->
                s.register(
                    input(
                        "PUBLIC_SECURITY",
                        List.of("account.network-identity", "location.precise"),
                        null),
                    REGISTRAR));
    verify(requested).fire(new LawfulDisclosureRequested(registered.id()));
    assertThat(registered.state()).isEqualTo("SCREENING");
    assertThat(registered.document().sha256()).isEqualTo(PackageCipher.sha256(DOCUMENT));

    assertThat(call(s -> s.screen(registered.id())).state()).isEqualTo("AWAITING_REVIEW");
    assertThat(
            call(s -> s.decide(registered.id(), true, "Letter verified with the branch", LEGAL))
                .state())
        .isEqualTo("APPROVED");
    DisclosureView packaged = call(s -> s.buildPackage(registered.id()));
    assertThat(packaged.state()).isEqualTo("PACKAGED");

    PackageFile pkg = call(s -> s.packageOf(registered.id(), LEGAL));
    assertThat(new String(pkg.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain(SUBJECT);
    KeyHandover key = call(s -> s.handOverKey(registered.id(), LEGAL));
    assertThat(key.handedOverTo()).isEqualTo(LEGAL);
    DomainException again =
        catchThrowableOfType(
            DomainException.class, () -> call(s -> s.handOverKey(registered.id(), LEGAL)));
    assertThat(again.kind()).isEqualTo(DomainException.Kind.CONFLICT);

    JsonObject contents =
        Json.createReader(
                new StringReader(
                    new String(
                        PackageCipher.decrypt(
                            Base64.getDecoder().decode(key.keyBase64()), pkg.ciphertext()),
                        StandardCharsets.UTF_8)))
            .readObject();
    assertThat(contents.getString("subject")).isEqualTo(SUBJECT);
    JsonObject data = contents.getJsonObject("data");
    assertThat(data.getJsonObject("account").getString("accountId")).isEqualTo(SUBJECT);
    assertThat(data.getJsonArray("consentRecords").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("purpose"))
        .containsExactly("account.network-identity", "location.precise");
    assertThat(data.containsKey("recordings")).isFalse();
    assertThat(call(s -> s.request(registered.id(), LEGAL)).keyHandedOverTo()).isEqualTo(LEGAL);
  }

  @Test
  void a_scope_without_the_account_leaves_account_facts_out() throws Exception {
    DisclosureView registered =
        call(s -> s.register(input("COURT", List.of("profile.basic"), null), REGISTRAR));
    call(s -> s.screen(registered.id()));
    call(s -> s.decide(registered.id(), true, "Court ruling", LEGAL));
    call(s -> s.buildPackage(registered.id()));
    KeyHandover key = call(s -> s.handOverKey(registered.id(), LEGAL));
    PackageFile pkg = call(s -> s.packageOf(registered.id(), LEGAL));

    String json =
        new String(
            PackageCipher.decrypt(Base64.getDecoder().decode(key.keyBase64()), pkg.ciphertext()),
            StandardCharsets.UTF_8);

    assertThat(json)
        .doesNotContain("\"account\"")
        .doesNotContain("location.precise")
        .contains("profile.basic");
  }

  @Test
  void a_recordings_request_of_a_user_with_a_legal_document_puts_a_legal_hold_on_the_order() {
    DisclosureView registered =
        call(
            s ->
                s.register(
                    input(
                        "LEGAL_DOCUMENT_HOLDER",
                        List.of("service.recording"),
                        "MK2026112900000001"),
                    LEGAL));

    verify(retention).placeHold(eq(OrderNumber.of("MK2026112900000001")), any(), eq(LEGAL));
    assertThat(registered.recordingOrderNumber()).isEqualTo("MK2026112900000001");
    assertThat(call(s -> s.screen(registered.id())).state()).isEqualTo("AWAITING_REVIEW");
  }

  @Test
  void the_document_is_kept_sealed_and_read_back_whole() {
    DisclosureView registered =
        call(s -> s.register(input("COURT", List.of("profile.basic"), null), REGISTRAR));

    String stored =
        inTransaction(em -> em.find(DisclosureDocument.class, registered.id()).sealedContent());
    assertThat(stored)
        .startsWith("d1$")
        .doesNotContain(Base64.getEncoder().encodeToString(DOCUMENT));
    assertThat(call(s -> s.document(registered.id(), LEGAL)).content()).isEqualTo(DOCUMENT);
  }

  @Test
  void unknown_subjects_and_scope_codes_are_refused_and_nothing_starts() {
    DomainException scope =
        catchThrowableOfType(
            DomainException.class,
            () -> call(s -> s.register(input("COURT", List.of("no.such.purpose"), null), LEGAL)));
    assertThat(scope.field()).isEqualTo("scope");
    RequestInput stranger =
        new RequestInput(
            "u-nobody",
            "COURT",
            "Court",
            "SUBPOENA",
            "n1",
            "court",
            "2026-11-01",
            List.of("profile.basic"),
            null,
            false,
            false,
            null,
            null,
            document());
    DomainException subject =
        catchThrowableOfType(DomainException.class, () -> call(s -> s.register(stranger, LEGAL)));
    assertThat(subject.field()).isEqualTo("subject");
    verify(requested, never()).fire(any());
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "DSR-1, RET-2, DISC-1: a person's access package and erasure record say the same words with or without an authority's request; the request is kept")
  void the_person_is_not_told_of_an_authoritys_request_and_it_is_kept() {
    var before = inTransaction(em -> holder(em).erase(SUBJECT, true, "cancellation", "handler"));
    var exportBefore = inTransaction(em -> holder(em).export(SUBJECT, "handler").data());
    DisclosureView registered =
        call(s -> s.register(input("COURT", List.of("profile.basic"), null), REGISTRAR));

    var after = inTransaction(em -> holder(em).erase(SUBJECT, true, "cancellation", "handler"));
    var exportAfter = inTransaction(em -> holder(em).export(SUBJECT, "handler").data());

    assertThat(after).isEqualTo(before);
    assertThat(exportAfter).isEqualTo(exportBefore);
    assertThat(exportAfter.toString()).doesNotContain(registered.id());
    assertThat(call(s -> s.request(registered.id(), LEGAL)).state()).as("kept").isNotNull();
  }

  @Test
  @org.junit.jupiter.api.Tag("RET-2")
  @DisplayName(
      "RET-2, DISC-1: a closed account's request is registered when the archive vault holds about it; the approved package carries the vault's records of the scope only, opened for this request by its reviewer")
  void a_closed_account_is_disclosed_from_the_archive_vault() {
    String closed = "u-closed";
    when(archive.holdsAbout(eq(closed), anyString())).thenReturn(true);
    when(archive.openForDisclosure(eq(closed), any(), anyString(), anyString()))
        .thenReturn(
            List.of(
                new com.meike.privacy.kernel.rights.ArchiveReader.ArchivedRecord(
                    "profile.basic",
                    "{\"category\":\"profile.basic\",\"reference\":\"MK1\",\"content\":{\"contactName\":\"王芳\"}}",
                    "E-Commerce Law art. 31",
                    NOW.minusSeconds(60),
                    NOW.plusSeconds(86_400)),
                new com.meike.privacy.kernel.rights.ArchiveReader.ArchivedRecord(
                    "payment.transactions",
                    "{\"reference\":\"MK1\"}",
                    "E-Commerce Law art. 31",
                    NOW.minusSeconds(60),
                    NOW.plusSeconds(86_400))));
    RequestInput aboutClosed =
        new RequestInput(
            closed,
            "PUBLIC_SECURITY",
            "Authority",
            "INVESTIGATION_LETTER",
            "No. 9",
            "Issuing body",
            "2026-11-20",
            List.of("profile.basic"),
            null,
            false,
            false,
            null,
            null,
            document());
    DisclosureView registered = call(s -> s.register(aboutClosed, REGISTRAR));
    call(s -> s.screen(registered.id()));
    call(s -> s.decide(registered.id(), true, "Letter verified", LEGAL));
    call(s -> s.buildPackage(registered.id()));
    verify(archive)
        .openForDisclosure(
            eq(closed), eq(java.util.Set.of("profile.basic")), eq(registered.id()), eq(LEGAL));
    KeyHandover key = call(s -> s.handOverKey(registered.id(), LEGAL));
    PackageFile pkg = call(s -> s.packageOf(registered.id(), LEGAL));
    JsonObject data =
        Json.createReader(
                new StringReader(
                    new String(
                        PackageCipher.decrypt(
                            Base64.getDecoder().decode(key.keyBase64()), pkg.ciphertext()),
                        StandardCharsets.UTF_8)))
            .readObject()
            .getJsonObject("data");
    assertThat(data.getJsonArray("archive").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getString("category")).isEqualTo("profile.basic");
              assertThat(
                      o.getJsonObject("record").getJsonObject("content").getString("contactName"))
                  .isEqualTo("王芳");
            });
  }

  private LawfulPersonalData holder(EntityManager em) {
    LawfulPersonalData holder = new LawfulPersonalData();
    holder.requests = new JpaDisclosureRequestRepository(em);
    holder.auditTrail = audit;
    return holder;
  }

  @Test
  void a_package_is_not_available_before_approval() {
    DisclosureView registered =
        call(s -> s.register(input("COURT", List.of("profile.basic"), null), REGISTRAR));

    DomainException early =
        catchThrowableOfType(
            DomainException.class, () -> call(s -> s.packageOf(registered.id(), LEGAL)));
    assertThat(early.kind()).isEqualTo(DomainException.Kind.CONFLICT);
  }

  static com.meike.privacy.consent.domain.ledger.Decision refusedConsent() {
    return com.meike.privacy.consent.domain.ledger.Decision.of(
        com.meike.privacy.consent.domain.ledger.DecisionReason.NO_CONSENT, null);
  }

  static com.meike.privacy.consent.domain.ledger.Decision givenConsent(long entry) {
    return com.meike.privacy.consent.domain.ledger.Decision.of(
        com.meike.privacy.consent.domain.ledger.DecisionReason.CONSENT_GIVEN, entry);
  }

  private JsonObject packageContents(String id) {
    KeyHandover key = call(s -> s.handOverKey(id, LEGAL));
    PackageFile pkg = call(s -> s.packageOf(id, LEGAL));
    return Json.createReader(
            new StringReader(
                new String(
                    PackageCipher.decrypt(
                        Base64.getDecoder().decode(key.keyBase64()), pkg.ciphertext()),
                    StandardCharsets.UTF_8)))
        .readObject();
  }

  @Test
  @DisplayName(
      "REC-9: a user holding a legal document receives the audio itself, sealed in the package under the one-time key")
  void a_legal_document_holder_receives_the_audio() {
    byte[] audio = "OggS audio of the visit".getBytes(StandardCharsets.UTF_8);
    when(recordingAudio.audioFor(eq("MK2026112900000001"), anyString(), eq(LEGAL)))
        .thenReturn(
            List.of(
                new com.meike.privacy.recording.application.RecordingDisclosure.DisclosedRecording(
                    "rec-1",
                    "ENDED",
                    NOW.minusSeconds(7200),
                    NOW.minusSeconds(3600),
                    null,
                    audio)));
    DisclosureView registered =
        call(
            s ->
                s.register(
                    input(
                        "LEGAL_DOCUMENT_HOLDER",
                        List.of("service.recording"),
                        "MK2026112900000001"),
                    REGISTRAR));
    call(s -> s.screen(registered.id()));
    call(s -> s.decide(registered.id(), true, "Court investigation order verified", LEGAL));
    DisclosureView packaged = call(s -> s.buildPackage(registered.id()));
    assertThat(packaged.audioDisclosed()).isTrue();

    PackageFile pkg = call(s -> s.packageOf(registered.id(), LEGAL));
    assertThat(new String(pkg.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("OggS");
    JsonObject recordings =
        packageContents(registered.id()).getJsonObject("data").getJsonObject("recordings");
    JsonObject item = recordings.getJsonArray("items").getJsonObject(0);
    assertThat(Base64.getDecoder().decode(item.getString("audioBase64"))).isEqualTo(audio);
    assertThat(item.getString("audioSha256")).isEqualTo(PackageCipher.sha256(audio));
  }

  @Test
  @DisplayName("REC-9: an authority's package keeps the recordings by reference")
  void an_authority_receives_the_reference_only() {
    DisclosureView registered =
        call(
            s ->
                s.register(
                    input("PUBLIC_SECURITY", List.of("service.recording"), "MK2026112900000001"),
                    REGISTRAR));
    call(s -> s.screen(registered.id()));
    call(s -> s.decide(registered.id(), true, "Letter verified", LEGAL));
    assertThat(call(s -> s.buildPackage(registered.id())).audioDisclosed()).isFalse();
    verify(recordingAudio, never()).audioFor(any(), any(), any());
    assertThat(
            packageContents(registered.id())
                .getJsonObject("data")
                .getJsonObject("recordings")
                .getString("disclosedAs"))
        .startsWith("reference only");
  }

  @Test
  @DisplayName(
      "REC-9: a recording is shared with a recipient the person chose only with their separate consent, checked at screening and before the package")
  void a_consented_recipient_needs_the_persons_separate_consent() {
    RequestInput recipient =
        new RequestInput(
            SUBJECT,
            "CONSENTED_RECIPIENT",
            "Lawyer Wang (the customer's)",
            "CONSENT_LETTER",
            "2026-11-20/1",
            "the customer",
            "2026-11-20",
            List.of("service.recording"),
            "MK2026112900000001",
            false,
            false,
            null,
            null,
            document());
    DisclosureView without = call(s -> s.register(recipient, REGISTRAR));
    assertThat(without.ground()).isEqualTo("SEPARATE_CONSENT");
    DisclosureView refused = call(s -> s.screen(without.id()));
    assertThat(refused.state()).isEqualTo("REFUSED");
    assertThat(refused.decisionReason()).contains("service.recording.sharing");

    when(consent.may(SubjectId.of(SUBJECT), PurposeCode.of("service.recording.sharing")))
        .thenReturn(givenConsent(77));
    DisclosureView with = call(s -> s.register(recipient, REGISTRAR));
    DisclosureView screened = call(s -> s.screen(with.id()));
    assertThat(screened.state()).isEqualTo("AWAITING_REVIEW");
    assertThat(screened.consentEntries()).isEqualTo("service.recording.sharing#77");
    call(s -> s.decide(with.id(), true, "Consent verified with the customer", LEGAL));

    // withdrawn after approval: nothing is packaged
    when(consent.may(SubjectId.of(SUBJECT), PurposeCode.of("service.recording.sharing")))
        .thenReturn(refusedConsent());
    DisclosureView after = call(s -> s.buildPackage(with.id()));
    assertThat(after.state()).isEqualTo("REFUSED");
    assertThat(after.packageSha256()).isNull();
    verify(recordingAudio, never()).audioFor(any(), any(), any());

    DomainException otherScope =
        catchThrowableOfType(
            DomainException.class,
            () ->
                call(
                    s ->
                        s.register(
                            new RequestInput(
                                SUBJECT,
                                "CONSENTED_RECIPIENT",
                                "x",
                                "CONSENT_LETTER",
                                "n",
                                "b",
                                "2026-11-20",
                                List.of("profile.basic"),
                                null,
                                false,
                                false,
                                null,
                                null,
                                document()),
                            REGISTRAR)));
    assertThat(otherScope.field()).isEqualTo("scope");
  }

  @Test
  @DisplayName(
      "DISC-2: a public disclosure without a compulsory order passes screening only on the person's separate explicit consent")
  void public_disclosure_on_separate_consent() {
    RequestInput publicly =
        new RequestInput(
            SUBJECT,
            "REGULATOR",
            "Shanghai CAC",
            "OTHER",
            "n-1",
            "Shanghai CAC",
            "2026-11-20",
            List.of("profile.basic"),
            null,
            true,
            false,
            null,
            null,
            document());
    String first = call(s -> s.register(publicly, REGISTRAR)).id();
    DisclosureView refused = call(s -> s.screen(first));
    assertThat(refused.state()).isEqualTo("REFUSED");
    assertThat(refused.decisionReason()).contains("DISC-2").contains("disclosure.public");

    when(consent.may(SubjectId.of(SUBJECT), PurposeCode.of("disclosure.public")))
        .thenReturn(givenConsent(91));
    String second = call(s -> s.register(publicly, REGISTRAR)).id();
    DisclosureView passed = call(s -> s.screen(second));
    assertThat(passed.state()).isEqualTo("AWAITING_REVIEW");
    assertThat(passed.ground()).isEqualTo("SEPARATE_CONSENT");
    assertThat(passed.consentEntries()).isEqualTo("disclosure.public#91");
  }

  @Test
  @DisplayName("DISC-1: the registrar is refused already when claiming the decision")
  void the_registrar_may_not_claim() {
    DisclosureView registered =
        call(s -> s.register(input("COURT", List.of("profile.basic"), null), LEGAL));
    DomainException refused =
        catchThrowableOfType(
            DomainException.class,
            () ->
                call(
                    s -> {
                      s.requireMayDecide(registered.id(), LEGAL);
                      return null;
                    }));
    assertThat(refused.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    call(
        s -> {
          s.requireMayDecide(registered.id(), "legal.associate");
          return null;
        });
  }

  @Test
  @DisplayName(
      "AUD-4: a foreign authority's package counts as information sent abroad; a PRC authority's does not")
  void packages_abroad_are_counted() {
    RequestInput foreign =
        new RequestInput(
            SUBJECT,
            "FOREIGN_AUTHORITY",
            "Tokyo District Court",
            "FOREIGN_REQUEST",
            "F-1",
            "Tokyo District Court",
            "2026-11-20",
            List.of("location.precise"),
            null,
            false,
            false,
            "司法部 2026-11",
            "2026-11-25",
            document());
    DisclosureView abroad = call(s -> s.register(foreign, REGISTRAR));
    call(s -> s.screen(abroad.id()));
    call(s -> s.decide(abroad.id(), true, "PRC approval verified", LEGAL));
    call(s -> s.buildPackage(abroad.id()));
    DisclosureView home =
        call(s -> s.register(input("COURT", List.of("profile.basic"), null), REGISTRAR));
    call(s -> s.screen(home.id()));
    call(s -> s.decide(home.id(), true, "Ruling verified", LEGAL));
    call(s -> s.buildPackage(home.id()));

    List<com.meike.privacy.lawful.application.LawfulDisclosures.AbroadSubject> counted =
        call(s -> s.packagedAbroadSince(NOW.minusSeconds(60)));
    assertThat(counted)
        .containsExactly(
            new com.meike.privacy.lawful.application.LawfulDisclosures.AbroadSubject(
                SUBJECT, false));
  }

  private static RequestInput input(String authority, List<String> scope, String order) {
    return new RequestInput(
        SUBJECT,
        authority,
        "Authority",
        "INVESTIGATION_LETTER",
        "No. 0815",
        "Issuing body",
        "2026-11-20",
        scope,
        order,
        false,
        false,
        null,
        null,
        document());
  }

  private static DocumentInput document() {
    return new DocumentInput(
        "letter.pdf", "application/pdf", Base64.getEncoder().encodeToString(DOCUMENT));
  }

  private static PurposeView purpose(String code) {
    return new PurposeView(
        code,
        "INFORMATION_CATEGORY",
        code,
        code,
        "",
        "",
        "OPTIONAL",
        false,
        true,
        false,
        false,
        "",
        "",
        "",
        "2026-01",
        null,
        List.of());
  }

  private static ConsentEntryView entry(long sequence, String purpose) {
    return new ConsentEntryView(
        sequence,
        SUBJECT,
        purpose,
        "2026-01",
        "GIVEN",
        "APP",
        SUBJECT,
        "SELF",
        SUBJECT,
        NOW.minusSeconds(3600));
  }

  private <T> T call(Function<DefaultLawfulDisclosures, T> work) {
    return inTransaction(
        em -> {
          DefaultLawfulDisclosures service = new DefaultLawfulDisclosures();
          service.requests = new JpaDisclosureRequestRepository(em);
          service.accounts = accounts;
          service.ledger = ledger;
          service.catalogue = catalogue;
          service.retention = retention;
          service.archive = archive;
          service.recordingAudio = recordingAudio;
          service.consent = consent;
          service.documents = documentCipher;
          service.auditTrail = audit;
          service.requested = requested;
          service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
          return work.apply(service);
        });
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
