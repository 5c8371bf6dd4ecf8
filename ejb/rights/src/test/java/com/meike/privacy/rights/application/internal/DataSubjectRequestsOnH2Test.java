package com.meike.privacy.rights.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.identity.application.AccountContacts;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.notification.application.Notifications;
import com.meike.privacy.partner.application.DeletionOrderView;
import com.meike.privacy.partner.application.PartnerCorrectionNotices;
import com.meike.privacy.partner.application.PartnerDeletionOrders;
import com.meike.privacy.rights.application.DataSubjectIdentityVerified;
import com.meike.privacy.rights.application.DataSubjectRequestFiled;
import com.meike.privacy.rights.application.RequestFiling;
import com.meike.privacy.rights.application.RequestView;
import com.meike.privacy.rights.domain.request.AccessPackage;
import com.meike.privacy.rights.domain.request.DataSubjectRequest;
import com.meike.privacy.rights.domain.request.DeadlinePolicy;
import com.meike.privacy.rights.domain.request.ErasureRecord;
import com.meike.privacy.rights.infrastructure.persistence.jpa.JpaDataSubjectRequestRepository;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rights service on the migrated schema (H2, JPA validate), with the other contexts' services
 * and two {@link PersonalDataHolder}s mocked: filing, verification, the access package once, the
 * erasure across contexts with its partner deletion order, refusal, guardian rules.
 */
class DataSubjectRequestsOnH2Test {

  static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
  static final String PERSON = "acc-person";
  static final String CHILD = "acc-child";

  ContextDatabase db;
  EntityManagerFactory emf;
  AuditTrail audit = mock(AuditTrail.class);
  ChildRegister children = mock(ChildRegister.class);
  AppUserRegistration accounts = mock(AppUserRegistration.class);
  AccountContacts contacts = mock(AccountContacts.class);
  PartnerDeletionOrders deletionOrders = mock(PartnerDeletionOrders.class);
  PartnerCorrectionNotices correctionNotices = mock(PartnerCorrectionNotices.class);
  Notifications notifications = mock(Notifications.class);
  ComplaintService complaints = mock(ComplaintService.class);
  PersonalDataHolder identity = mock(PersonalDataHolder.class);
  PersonalDataHolder order = mock(PersonalDataHolder.class);

  @SuppressWarnings("unchecked")
  Instance<PersonalDataHolder> holders = mock(Instance.class);

  @SuppressWarnings("unchecked")
  Event<DataSubjectRequestFiled> filed = mock(Event.class);

  @SuppressWarnings("unchecked")
  Event<DataSubjectIdentityVerified> verified = mock(Event.class);

  @SuppressWarnings("unchecked")
  Event<com.meike.privacy.rights.application.DataSubjectFeeAccepted> feeAccepted =
      mock(Event.class);

  /** The service's clock; tests move it. */
  Instant now = NOW;

  FieldCipher cipher = new FieldCipher("k1", new byte[32]);
  FieldCipher vaultCipher =
      new FieldCipher(
          "v1",
          new byte[] {
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
            7, 7, 7
          });
  com.meike.privacy.kernel.crypto.KeyedHash vaultLookup =
      new com.meike.privacy.kernel.crypto.KeyedHash(new byte[32]);

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "rights",
            DataSubjectRequest.class,
            AccessPackage.class,
            ErasureRecord.class,
            com.meike.privacy.rights.domain.vault.VaultRecord.class);
    emf = db.emf();
    when(identity.context()).thenReturn("identity");
    when(identity.erasureOrder()).thenReturn(100);
    when(order.context()).thenReturn("order");
    when(holders.iterator()).thenAnswer(call -> List.of(identity, order).iterator());
    when(identity.export(eq(PERSON), anyString()))
        .thenReturn(new PersonalDataHolder.Export("identity", Map.of("accountId", PERSON)));
    when(order.export(eq(PERSON), anyString()))
        .thenReturn(
            new PersonalDataHolder.Export(
                "order", Map.of("orders", List.of(Map.of("orderNumber", "MK1")))));
    when(identity.erase(eq(PERSON), anyBoolean(), anyString(), anyString()))
        .thenReturn(new PersonalDataHolder.Erasure("identity", 1, 0, List.of()));
    when(order.erase(eq(PERSON), anyBoolean(), anyString(), anyString()))
        .thenReturn(
            new PersonalDataHolder.Erasure(
                "order",
                0,
                1,
                List.of("1 order: transaction record kept 3 years"),
                List.of(
                    new com.meike.privacy.kernel.rights.LegalMinimum(
                        "payment.transactions",
                        "MK1",
                        Map.of(
                            "orderNumber",
                            "MK1",
                            "customerAccountId",
                            PERSON,
                            "contactPhone",
                            "+8613800000000"),
                        NOW.plus(java.time.Duration.ofDays(1096)),
                        "E-Commerce Law art. 31"))));
    when(deletionOrders.orderDeletion(
            eq(com.meike.privacy.kernel.subject.SubjectId.of(PERSON)), anyString(), anyString()))
        .thenReturn(
            new DeletionOrderView(
                "del-1", PERSON, "r", "po", NOW, true, NOW, List.of(), List.of(), List.of(),
                List.of()));
    when(accounts.account(PERSON))
        .thenReturn(
            Optional.of(new AppUserRegistration.AccountView(PERSON, "CUSTOMER", null, NOW)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "DSR-1, DSR-5: ACCESS — verified by code, answered with a package of every context, downloadable once")
  void accessPackageOnce() {
    RequestView filed = call(s -> s.file(new RequestFiling("ACCESS", null, null, null), PERSON));
    assertThat(filed.state()).isEqualTo("AWAITING_VERIFICATION");
    assertThat(filed.verification()).isEqualTo("PHONE_CODE");
    verify(this.filed).fire(new DataSubjectRequestFiled(filed.id()));

    when(contacts.phoneOf(PERSON)).thenReturn(Optional.of("+8613800000000"));
    when(accounts.register("+8613800000000", "123456", "CUSTOMER"))
        .thenReturn(new AppUserRegistration.Registered(PERSON, "CUSTOMER", false, "t", NOW));
    RequestView verifiedView = call(s -> s.verifyCode(filed.id(), PERSON, "123456"));
    assertThat(verifiedView.state()).isEqualTo("IN_PROGRESS");
    assertThat(verifiedView.lastDay()).isEqualTo(java.time.LocalDate.of(2026, 12, 21));
    verify(verified).fire(new DataSubjectIdentityVerified(filed.id()));

    RequestView done = call(s -> s.fulfil(filed.id(), "cs.agent", "您的个人信息副本已生成。"));
    assertThat(done.state()).isEqualTo("FULFILLED");
    assertThat(call(s -> s.requestOf(filed.id(), PERSON)).accessPackage().available()).isTrue();
    String json = new String(call(s -> s.download(filed.id(), PERSON)), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"schema\":\"meike.access-package/1\"")
        .contains("\"identity\":{\"accountId\":\"acc-person\"}")
        .contains("MK1");
    DomainException again =
        catchThrowableOfType(
            DomainException.class, () -> call(s -> s.download(filed.id(), PERSON)));
    assertThat(again.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    DomainException other =
        catchThrowableOfType(
            DomainException.class, () -> call(s -> s.requestOf(filed.id(), "acc-other")));
    assertThat(other.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
  }

  @Test
  @DisplayName("DSR-5: a wrong code verifies nothing; the request stays awaiting verification")
  void wrongCode() {
    RequestView filed = call(s -> s.file(new RequestFiling("ACCESS", null, null, null), PERSON));
    when(contacts.phoneOf(PERSON)).thenReturn(Optional.of("+8613800000000"));
    when(accounts.register(anyString(), eq("000000"), anyString()))
        .thenThrow(DomainException.invalid("code", "wrong"));
    catchThrowableOfType(
        DomainException.class, () -> call(s -> s.verifyCode(filed.id(), PERSON, "000000")));
    assertThat(call(s -> s.requestOf(filed.id(), PERSON)).state())
        .isEqualTo("AWAITING_VERIFICATION");
    DomainException notYet =
        catchThrowableOfType(
            DomainException.class, () -> call(s -> s.fulfil(filed.id(), "cs", "x")));
    assertThat(notYet.kind()).isEqualTo(DomainException.Kind.CONFLICT);
  }

  @Test
  @DisplayName(
      "ID-7, DSR-7: CANCELLATION — customer service verifies; every context erases, identity last; partners get a deletion order")
  void cancellation() {
    RequestView filed =
        call(s -> s.register(new RequestFiling("CANCELLATION", null, null, PERSON), "cs.agent"));
    assertThat(filed.channel()).isEqualTo("PHONE");
    assertThat(filed.verification()).isEqualTo("STAFF");
    call(
        s ->
            s.verifyByStaff(
                filed.id(),
                "cs.agent",
                true,
                "call-back to the registered phone, ID card checked"));
    RequestView done = call(s -> s.fulfil(filed.id(), "privacy.officer", "账户已注销。"));
    assertThat(done.deletionOrderId()).isEqualTo("del-1");
    assertThat(done.erasures())
        .extracting(RequestView.ErasureView::context)
        .containsExactlyInAnyOrder("order", "identity");
    var inOrder = org.mockito.Mockito.inOrder(deletionOrders, order, identity);
    inOrder
        .verify(deletionOrders)
        .orderDeletion(
            eq(com.meike.privacy.kernel.subject.SubjectId.of(PERSON)),
            anyString(),
            eq("privacy.officer"));
    inOrder.verify(order).erase(eq(PERSON), eq(true), anyString(), eq("privacy.officer"));
    inOrder.verify(identity).erase(eq(PERSON), eq(true), anyString(), eq("privacy.officer"));
  }

  /** Monday 2026-12-07, 10:00 in China: 10 working days before the last day 2026-12-21. */
  static final Instant WEEK_LATER = Instant.parse("2026-12-07T02:00:00Z");

  RequestView verifiedAccessRequest() {
    RequestView filed = call(s -> s.file(new RequestFiling("ACCESS", null, null, null), PERSON));
    call(s -> s.verifyByStaff(filed.id(), "cs.agent", true, "call-back"));
    return filed;
  }

  DomainException refused(Function<DefaultDataSubjectRequests, ?> work) {
    return catchThrowableOfType(DomainException.class, () -> call(work));
  }

  @Test
  @DisplayName(
      "DSR-6: a fee for a repeated request pauses the clock; the person sees amount, reason and deadline, accepts, and the clock resumes with the days it had left")
  void feeAcceptedResumesTheClock() {
    RequestView request = verifiedAccessRequest();
    String id = request.id();
    assertThat(request.fee()).isNull();
    now = WEEK_LATER;

    assertThat(refused(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("-5"), "重复请求")))
        .extracting(DomainException::field, DomainException::kind)
        .containsExactly("feeAmount", DomainException.Kind.INVALID_INPUT);
    assertThat(refused(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("500"), "重复请求")))
        .extracting(DomainException::field)
        .isEqualTo("feeAmount");
    assertThat(
            refused(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("20.001"), "重复请求")))
        .extracting(DomainException::field)
        .isEqualTo("feeAmount");
    assertThat(refused(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("20"), " ")))
        .extracting(DomainException::field)
        .isEqualTo("feeReason");
    assertThat(
            refused(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("20"), "third time")))
        .extracting(DomainException::field)
        .isEqualTo("feeReason");
    assertThat(call(s -> s.requestOf(id, PERSON)).state()).isEqualTo("IN_PROGRESS");

    RequestView charged =
        call(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("20"), "三十天内第三次同类请求"));
    assertThat(charged.state()).isEqualTo("AWAITING_FEE");
    assertThat(charged.lastDay()).isNull();
    assertThat(charged.dueAt()).isNull();
    RequestView seen = call(s -> s.requestOf(id, PERSON));
    assertThat(seen.fee().amount()).isEqualByComparingTo("20.00");
    assertThat(seen.fee().currency()).isEqualTo("CNY");
    assertThat(seen.fee().reason()).isEqualTo("三十天内第三次同类请求");
    // 10 working days to accept: to the end of Monday 2026-12-21 in China
    assertThat(seen.fee().acceptBy()).isEqualTo(Instant.parse("2026-12-21T16:00:00Z"));
    assertThat(seen.fee().workingDaysLeft()).isEqualTo(10);
    verify(notifications)
        .tell(
            org.mockito.ArgumentMatchers.argThat(
                n ->
                    n.templateId().equals("data-subject-request-fee")
                        && String.valueOf(n.params().get("amount")).equals("20.00")
                        && String.valueOf(n.params().get("acceptBy")).equals("2026年12月21日")));

    assertThat(refused(s -> s.acceptFee(id, "acc-other")).kind())
        .isEqualTo(DomainException.Kind.NOT_FOUND);
    assertThat(
            refused(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("30"), "再次收费"))
                .kind())
        .isEqualTo(DomainException.Kind.CONFLICT);

    now = Instant.parse("2026-12-14T02:00:00Z");
    RequestView accepted = call(s -> s.acceptFee(id, PERSON));
    assertThat(accepted.state()).isEqualTo("IN_PROGRESS");
    // the 10 working days left run again from Monday 2026-12-14
    assertThat(accepted.lastDay()).isEqualTo(java.time.LocalDate.of(2026, 12, 28));
    assertThat(accepted.fee().acceptedAt()).isEqualTo(now);
    verify(feeAccepted).fire(new com.meike.privacy.rights.application.DataSubjectFeeAccepted(id));
    assertThat(refused(s -> s.acceptFee(id, PERSON)).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(
            refused(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("30"), "再次收费"))
                .kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(call(s -> s.fulfil(id, "cs.agent", "您的个人信息副本已生成。")).state()).isEqualTo("FULFILLED");
  }

  @Test
  @DisplayName(
      "DSR-6: a fee not accepted by its deadline closes the request with the reason; a late acceptance is refused")
  void feeLapses() {
    String id = verifiedAccessRequest().id();
    call(s -> s.chargeFee(id, "cs.agent", new java.math.BigDecimal("15.50"), "超出合理限度的请求"));
    now = Instant.parse("2026-12-21T16:00:00Z");
    assertThat(refused(s -> s.acceptFee(id, PERSON)).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);

    RequestView lapsed = call(s -> s.feeLapsed(id));
    assertThat(lapsed.state()).isEqualTo("FEE_LAPSED");
    RequestView seen = call(s -> s.requestOf(id, PERSON));
    assertThat(seen.answer()).contains("15.50 元").contains("收费理由：超出合理限度的请求");
    assertThat(seen.answeredAt()).isEqualTo(now);
    verify(notifications)
        .tell(
            org.mockito.ArgumentMatchers.argThat(
                n ->
                    n.templateId().equals("data-subject-request-answered")
                        && String.valueOf(n.params().get("state")).contains("未确认费用")));
    // a second timer run changes nothing
    assertThat(call(s -> s.feeLapsed(id)).state()).isEqualTo("FEE_LAPSED");
  }

  @Test
  @DisplayName(
      "DSR-6, ID-6: a guardian's request is the guardian's to accept; the child it is about is refused")
  void onlyTheRequesterAcceptsAFee() {
    when(children.childStatus(SubjectId.of(CHILD)))
        .thenReturn(Optional.of(new ChildStatusView(CHILD, PERSON, "GUARDIAN_DECLARED", NOW)));
    RequestView forChild =
        call(s -> s.file(new RequestFiling("ACCESS", null, null, CHILD), PERSON));
    call(s -> s.verifyByStaff(forChild.id(), "cs.agent", true, "call-back"));
    call(s -> s.chargeFee(forChild.id(), "cs.agent", new java.math.BigDecimal("10"), "重复请求"));
    assertThat(refused(s -> s.acceptFee(forChild.id(), CHILD)).kind())
        .isEqualTo(DomainException.Kind.FORBIDDEN);
    assertThat(call(s -> s.acceptFee(forChild.id(), PERSON)).state()).isEqualTo("IN_PROGRESS");
  }

  @Test
  @DisplayName(
      "DSR-4, CMP-1: an EXPLANATION is answered with the rule and inputs the handler sees; the person's appeal is a"
          + " complaint about a privacy request, which a person handles (complaint-escalation: privacy officer and legal)")
  void explanationAndItsAppeal() {
    RequestView filed =
        call(
            s ->
                s.file(new RequestFiling("EXPLANATION", null, "为什么我的订单录音被保留超过30天？", null), PERSON));
    assertThat(refused(s -> s.complain(filed.id(), PERSON, "我不同意。")).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
    call(s -> s.verifyByStaff(filed.id(), "cs.agent", true, "call-back"));
    var facts = call(s -> s.forHandler(filed.id(), "privacy.officer", Set.of("privacy-officer")));
    assertThat(facts.details()).isEqualTo("为什么我的订单录音被保留超过30天？");
    assertThat(facts.automatedDecisions()).anyMatch(rule -> rule.contains("差评自动保全录音"));
    String rule = "规则：评分1–2的差评自动保全该订单录音。输入：您的评分2、订单号MK1。如不同意，可一键投诉，由专人复核。";
    assertThat(call(s -> s.fulfil(filed.id(), "privacy.officer", rule)).state())
        .isEqualTo("FULFILLED");
    assertThat(call(s -> s.requestOf(filed.id(), PERSON)).answer()).isEqualTo(rule);

    com.meike.privacy.incidents.application.ComplaintView complaint =
        mock(com.meike.privacy.incidents.application.ComplaintView.class);
    when(complaint.number()).thenReturn("CP20261130AB12CD34");
    when(complaints.file(
            new com.meike.privacy.incidents.application.ComplaintFiling(
                "PRIVACY_REQUEST", null, "我不同意，请人工复核。"),
            PERSON))
        .thenReturn(complaint);
    String number = call(s -> s.complain(filed.id(), PERSON, "我不同意，请人工复核。"));
    assertThat(number).isEqualTo("CP20261130AB12CD34");
    assertThat(call(s -> s.requestOf(filed.id(), PERSON)).complaintNumber())
        .isEqualTo("CP20261130AB12CD34");
    assertThat(refused(s -> s.complain(filed.id(), PERSON, "再次投诉。")).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(refused(s -> s.complain(filed.id(), "acc-other", "x")).kind())
        .isEqualTo(DomainException.Kind.NOT_FOUND);
  }

  @Test
  @org.junit.jupiter.api.Tag("RET-2")
  @DisplayName(
      "RET-2: the legal minimum a context hands over on cancellation goes into the vault in the same transaction, sealed — nothing of the person in clear; the vault's reader opens it for a lawful disclosure")
  void cancellationFillsTheVault() {
    RequestView filed =
        call(s -> s.register(new RequestFiling("CANCELLATION", null, null, PERSON), "cs.agent"));
    call(
        s ->
            s.verifyByStaff(
                filed.id(),
                "cs.agent",
                true,
                "call-back to the registered phone, ID card checked"));
    call(s -> s.fulfil(filed.id(), "privacy.officer", "账户已注销。"));

    List<?> rows =
        call(
            s ->
                em().createNativeQuery(
                        "select category || '|' || subject_hash || '|' || sealed_content || '|' || legal_basis from rights_vault_record")
                    .getResultList());
    assertThat(rows).hasSize(1);
    sealedRow(rows.get(0), "payment.transactions");
    List<com.meike.privacy.kernel.rights.ArchiveReader.ArchivedRecord> opened =
        call(
            s ->
                vaultReader()
                    .openForDisclosure(
                        PERSON,
                        java.util.Set.of("payment.transactions"),
                        "lawful-1",
                        "legal.counsel"));
    assertThat(opened)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recordJson())
                  .contains("\"reference\":\"MK1\"")
                  .contains("\"request\":\"" + filed.id() + "\"")
                  .contains("\"contactPhone\":\"+8613800000000\"");
              assertThat(r.keepUntil())
                  .isEqualTo(NOW.atZone(ZoneOffset.UTC).plusYears(5).toInstant());
            });
    verify(audit)
        .record(
            org.mockito.ArgumentMatchers.argThat(
                e ->
                    e.action().equals("rights.vault.deposited")
                        && e.subjectId().equals(filed.id())
                        && !e.detail().contains(PERSON)));
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "DSR-2 (CORRECTION): corrected values reach every context that holds them and the answer says where; unknown fields and other kinds are refused")
  void correctionReachesTheHoldingContexts() {
    when(identity.correct(eq(PERSON), org.mockito.ArgumentMatchers.anyMap(), anyString()))
        .thenReturn(new PersonalDataHolder.Correction("identity", List.of()));
    when(order.correct(eq(PERSON), eq(Map.of("contactPhone", "+8613900000000")), anyString()))
        .thenReturn(
            new PersonalDataHolder.Correction("order", List.of("contactPhone on 2 order(s)")));
    RequestView filed =
        call(s -> s.file(new RequestFiling("CORRECTION", null, "我的联系电话换了", null), PERSON));
    call(s -> s.verifyByStaff(filed.id(), "cs.agent", true, "call-back"));
    when(correctionNotices.tellRecipients(
            eq(SubjectId.of(PERSON)), eq(filed.id()), eq(Set.of("contactPhone")), eq("cs.agent")))
        .thenReturn(List.of("amap"));

    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> call(s -> s.fulfil(filed.id(), "cs.agent", "x", Map.of("phone", "1"))))
                .field())
        .isEqualTo("phone");
    RequestView done =
        call(
            s ->
                s.fulfil(
                    filed.id(), "cs.agent", "已更正。", Map.of("contactPhone", " +8613900000000 ")));

    assertThat(done.state()).isEqualTo("FULFILLED");
    assertThat(call(s -> s.requestOf(filed.id(), PERSON)).answer())
        .isEqualTo(
            "已更正。\n\n已更正 Corrected — order: contactPhone on 2 order(s)"
                + "\n已通知曾接收旧信息的合作方 Partners that received the old value were told: amap");
    verify(order).correct(eq(PERSON), eq(Map.of("contactPhone", "+8613900000000")), eq("cs.agent"));
    verify(correctionNotices)
        .tellRecipients(
            eq(SubjectId.of(PERSON)), eq(filed.id()), eq(Set.of("contactPhone")), eq("cs.agent"));
  }

  @Test
  @DisplayName(
      "DSR-2: a refusal names its ground; nothing is erased; the person reads the reason and may complain (CMP-1)")
  void refusal() {
    RequestView filed =
        call(s -> s.file(new RequestFiling("DELETION", "NO_CONSENT", null, null), PERSON));
    call(s -> s.verifyByStaff(filed.id(), "cs.agent", true, "code"));
    DomainException noGround =
        catchThrowableOfType(
            DomainException.class, () -> call(s -> s.refuse(filed.id(), "po", "BECAUSE", "no")));
    assertThat(noGround.field()).isEqualTo("refusalGround");
    RequestView refused = call(s -> s.refuse(filed.id(), "po", "CRIMINAL_JUSTICE", "正在配合公安机关侦查。"));
    assertThat(refused.refusalGroundLabel()).contains("§V(6) 3");
    assertThat(call(s -> s.requestOf(filed.id(), PERSON)).answer()).isEqualTo("正在配合公安机关侦查。");
    verify(order, never()).erase(anyString(), anyBoolean(), anyString(), anyString());
    verify(deletionOrders, never())
        .orderDeletion(org.mockito.ArgumentMatchers.any(), anyString(), anyString());
  }

  @Test
  @DisplayName("ID-6: a guardian asks for their child; anybody else is refused")
  void guardian() {
    when(children.childStatus(SubjectId.of(CHILD)))
        .thenReturn(Optional.of(new ChildStatusView(CHILD, PERSON, "GUARDIAN_DECLARED", NOW)));
    RequestView forChild =
        call(s -> s.file(new RequestFiling("ACCESS", null, null, CHILD), PERSON));
    assertThat(forChild.channel()).isEqualTo("GUARDIAN");
    assertThat(forChild.subject()).isEqualTo(CHILD);
    DomainException stranger =
        catchThrowableOfType(
            DomainException.class,
            () ->
                call(s -> s.file(new RequestFiling("ACCESS", null, null, CHILD), "acc-stranger")));
    assertThat(stranger.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
  }

  @Test
  @DisplayName("DSR-2: bad input names the field")
  void badInput() {
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        call(
                            s -> s.file(new RequestFiling("EVERYTHING", null, null, null), PERSON)))
                .field())
        .isEqualTo("kind");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        call(s -> s.file(new RequestFiling("DELETION", null, null, null), PERSON)))
                .field())
        .isEqualTo("deletionGround");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        call(
                            s -> s.file(new RequestFiling("CORRECTION", null, null, null), PERSON)))
                .field())
        .isEqualTo("details");
  }

  @Test
  @org.junit.jupiter.api.Tag("RET-2")
  @org.junit.jupiter.api.Tag("RET-1")
  @DisplayName(
      "RET-2, RET-1: a vault record stays for the later of its legal period and the limitation period, then the vault's retention deletes exactly it")
  void vaultRecordsExpire() {
    java.time.Instant longLegal = NOW.atZone(ZoneOffset.UTC).plusYears(7).toInstant();
    call(
        s ->
            vaultAt(NOW)
                .deposit(
                    PERSON,
                    List.of(
                        new com.meike.privacy.kernel.rights.LegalMinimum(
                            "payment.transactions",
                            "MK1",
                            Map.of("orderNumber", "MK1"),
                            NOW.plus(java.time.Duration.ofDays(1096)),
                            "E-Commerce Law art. 31"),
                        new com.meike.privacy.kernel.rights.LegalMinimum(
                            "profile.basic",
                            "MK2",
                            Map.of("orderNumber", "MK2"),
                            longLegal,
                            "a longer legal period")),
                    "dsr-1",
                    "privacy.officer"));
    java.time.Instant limitation = NOW.atZone(ZoneOffset.UTC).plusYears(5).toInstant();
    int early = call(s -> vaultAt(limitation.minusSeconds(1)).expireDue(10));
    assertThat(early).isZero();
    int first = call(s -> vaultAt(limitation.plusSeconds(1)).expireDue(10));
    assertThat(first).isEqualTo(1);
    List<?> left =
        call(
            s ->
                em().createNativeQuery("select category from rights_vault_record").getResultList());
    assertThat(left).singleElement().asString().isEqualTo("profile.basic");
    int second = call(s -> vaultAt(longLegal.plusSeconds(1)).expireDue(10));
    assertThat(second).isEqualTo(1);
    Object none =
        call(
            s ->
                em().createNativeQuery("select count(*) from rights_vault_record")
                    .getSingleResult());
    assertThat(none.toString()).isEqualTo("0");
  }

  @Test
  @org.junit.jupiter.api.Tag("RET-2")
  @DisplayName(
      "RET-2: a person's records with the same basis and keeping date share one sealed vault row, nothing of them in clear; a disclosure scoped to one category opens that category's records only")
  void onePersonsRecordsShareOneRow() {
    Instant legal = NOW.plus(java.time.Duration.ofDays(1096));
    String basis = "E-Commerce Law art. 31";
    call(
        s ->
            vaultAt(NOW)
                .depositAll(
                    Map.of(
                        PERSON,
                        List.of(
                            new com.meike.privacy.kernel.rights.LegalMinimum(
                                "payment.transactions",
                                "MK1",
                                Map.of("orderNumber", "MK1", "customerAccountId", PERSON),
                                legal,
                                basis),
                            new com.meike.privacy.kernel.rights.LegalMinimum(
                                "profile.basic",
                                "MK1",
                                Map.of("contactPhone", "+8613800000000"),
                                legal,
                                basis)),
                        "acc-other",
                        List.of(
                            new com.meike.privacy.kernel.rights.LegalMinimum(
                                "payment.transactions",
                                "MK2",
                                Map.of("orderNumber", "MK2"),
                                legal,
                                basis))),
                    "shutdown-1",
                    "system"));
    List<?> rows =
        call(
            s ->
                em().createNativeQuery(
                        "select category || '|' || sealed_content from rights_vault_record order by length(category) desc")
                    .getResultList());
    assertThat(rows).hasSize(2);
    sealedRow(rows.get(0), "payment.transactions profile.basic");
    List<com.meike.privacy.kernel.rights.ArchiveReader.ArchivedRecord> opened =
        call(
            s ->
                vaultReader()
                    .openForDisclosure(
                        PERSON, java.util.Set.of("profile.basic"), "lawful-1", "legal.counsel"));
    assertThat(opened)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.category()).isEqualTo("profile.basic");
              assertThat(r.recordJson())
                  .startsWith("{\"category\":\"profile.basic\"")
                  .contains("\"request\":\"shutdown-1\"")
                  .contains("\"contactPhone\":\"+8613800000000\"")
                  .doesNotContain("customerAccountId");
            });
    List<com.meike.privacy.kernel.rights.ArchiveReader.ArchivedRecord> both =
        call(
            s ->
                vaultReader()
                    .openForDisclosure(
                        PERSON,
                        java.util.Set.of("payment.transactions", "profile.basic"),
                        "lawful-2",
                        "legal.counsel"));
    assertThat(both)
        .extracting(com.meike.privacy.kernel.rights.ArchiveReader.ArchivedRecord::category)
        .containsExactly("payment.transactions", "profile.basic");
  }

  @Test
  @org.junit.jupiter.api.Tag("RET-2")
  @DisplayName(
      "RET-2: a person with more records than one vault row holds gets a second row, and a disclosure opens every record of both")
  void aPersonsRecordsBeyondOneRowGoToTheNext() {
    Instant legal = NOW.plus(java.time.Duration.ofDays(1096));
    int records = com.meike.privacy.rights.domain.vault.VaultRecord.MAX_RECORDS + 1;
    List<com.meike.privacy.kernel.rights.LegalMinimum> minimum = new java.util.ArrayList<>();
    for (int i = 1; i <= records; i++) {
      minimum.add(
          new com.meike.privacy.kernel.rights.LegalMinimum(
              "payment.transactions",
              "MK" + i,
              Map.of("orderNumber", "MK" + i),
              legal,
              "E-Commerce Law art. 31"));
    }
    call(s -> vaultAt(NOW).depositAll(Map.of(PERSON, minimum), "shutdown-2", "system"));
    List<?> perRow =
        call(
            s ->
                em().createNativeQuery(
                        "select length(category) - length(replace(category, ' ', '')) + 1"
                            + " from rights_vault_record order by 1 desc")
                    .getResultList());
    assertThat(perRow)
        .extracting(n -> ((Number) n).intValue())
        .containsExactly(com.meike.privacy.rights.domain.vault.VaultRecord.MAX_RECORDS, 1);
    List<com.meike.privacy.kernel.rights.ArchiveReader.ArchivedRecord> opened =
        call(
            s ->
                vaultReader()
                    .openForDisclosure(
                        PERSON,
                        java.util.Set.of("payment.transactions"),
                        "lawful-3",
                        "legal.counsel"));
    assertThat(opened)
        .extracting(r -> r.recordJson().replaceAll(".*\"reference\":\"(MK[0-9]+)\".*", "$1"))
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(1, records).mapToObj(n -> "MK" + n).toList());
  }

  /** A vault row as {@code category|…}: its categories in clear, nothing of the person. */
  static void sealedRow(Object row, String categories) {
    assertThat(row.toString())
        .startsWith(categories + "|")
        .doesNotContain(PERSON)
        .doesNotContain("MK1")
        .doesNotContain("8613800000000");
  }

  /** The vault's reader on this test's database and keys, at {@link #NOW}. */
  com.meike.privacy.rights.application.internal.vault.VaultReader vaultReader() {
    return new com.meike.privacy.rights.application.internal.vault.VaultReader(
        new com.meike.privacy.rights.infrastructure.persistence.jpa.JpaVaultRepository(em()),
        vaultCipher,
        vaultLookup,
        audit,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  com.meike.privacy.rights.application.internal.vault.ArchiveVault vaultAt(Instant at) {
    return new com.meike.privacy.rights.application.internal.vault.ArchiveVault(
        new com.meike.privacy.rights.infrastructure.persistence.jpa.JpaVaultRepository(em()),
        vaultCipher,
        vaultLookup,
        audit,
        Clock.fixed(at, ZoneOffset.UTC),
        5);
  }

  EntityManager current;

  EntityManager em() {
    return current;
  }

  private <T> T call(Function<DefaultDataSubjectRequests, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      current = em;
      em.getTransaction().begin();
      try {
        DefaultDataSubjectRequests service = new DefaultDataSubjectRequests();
        service.requests = new JpaDataSubjectRequestRepository(em);
        service.auditTrail = audit;
        service.calendar = WorkingDayCalendar.weekdaysOnly();
        service.clock = Clock.fixed(now, ZoneOffset.UTC);
        service.filed = filed;
        service.identityVerified = verified;
        service.feeAccepted = feeAccepted;
        service.feeMin = java.math.BigDecimal.ONE;
        service.feeMax = new java.math.BigDecimal("100");
        service.feeAcceptDays = 10;
        service.fields = cipher;
        service.children = children;
        service.accounts = accounts;
        service.contacts = contacts;
        service.deletionOrders = deletionOrders;
        service.correctionNotices = correctionNotices;
        service.notifications = notifications;
        service.complaints = complaints;
        service.holders = holders;
        service.vault =
            new com.meike.privacy.rights.application.internal.vault.ArchiveVault(
                new com.meike.privacy.rights.infrastructure.persistence.jpa.JpaVaultRepository(em),
                vaultCipher,
                vaultLookup,
                audit,
                Clock.fixed(NOW, ZoneOffset.UTC),
                5);
        service.answerDays = 15;
        service.reminderDays = 10;
        service.repeatWindowDays = 30;
        service.repeatLimit = 2;
        service.policy = DeadlinePolicy.standard();
        T result = work.apply(service);
        em.getTransaction().commit();
        return result;
      } catch (RuntimeException e) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        throw e;
      }
    }
  }
}
