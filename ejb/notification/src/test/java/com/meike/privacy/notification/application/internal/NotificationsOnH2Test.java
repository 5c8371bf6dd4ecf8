package com.meike.privacy.notification.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.identity.application.AccountContacts;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.DeviceView;
import com.meike.privacy.notification.application.Notice;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.NoticeReceipt;
import com.meike.privacy.notification.application.NotificationView;
import com.meike.privacy.notification.application.TemplateView;
import com.meike.privacy.notification.domain.device.Device;
import com.meike.privacy.notification.infrastructure.persistence.jpa.JpaDeviceRepository;
import com.meike.privacy.notification.infrastructure.persistence.jpa.JpaNotificationRepository;
import com.meike.privacy.notification.infrastructure.persistence.jpa.JpaTemplateRepository;
import com.meike.privacy.partner.application.OutboundReceipt;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerOutbound;
import com.meike.privacy.partner.application.PartnerRegistry;
import com.meike.privacy.partner.application.PartnerReplyAccepted;
import com.meike.privacy.partner.application.PartnerView;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notification service through the real migrations (templates seeded) and mappings on H2;
 * identity, consent and the partner context are faked at their service interfaces.
 */
class NotificationsOnH2Test {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  final NotificationDatabase database = new NotificationDatabase();
  final AccountContacts contacts = mock(AccountContacts.class);
  final ConsentCheck consent = mock(ConsentCheck.class);
  final PurposeCatalogue catalogue = mock(PurposeCatalogue.class);
  final PartnerOutbound outbound = mock(PartnerOutbound.class);
  final PartnerRegistry registry = mock(PartnerRegistry.class);
  final FieldCipher tokens = new FieldCipher("d1", new byte[32]);
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final List<PartnerMessage> sent = new ArrayList<>();

  @BeforeEach
  void fakes() {
    when(consent.may(any(), any())).thenReturn(Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
    when(contacts.phoneOf(anyString())).thenReturn(Optional.empty());
    when(outbound.send(any()))
        .thenAnswer(
            call -> {
              PartnerMessage message = call.getArgument(0);
              sent.add(message);
              return new OutboundReceipt(
                  UUID.randomUUID().toString(), message.partner(), List.of());
            });
    when(registry.partners())
        .thenReturn(
            List.of(
                partner("getui", "ACTIVE"),
                partner("huawei-push", "ACTIVE"),
                partner("sms", "ACTIVE"),
                partner("email", "ACTIVE")));
    when(catalogue.purposes()).thenReturn(List.of(purpose("device.identifiers")));
  }

  @AfterEach
  void close() {
    database.close();
  }

  static PartnerView partner(String id, String status) {
    return new PartnerView(id, id, id, null, "PUSH", status, false, "", List.of(), NOW);
  }

  static PurposeView purpose(String code) {
    return new PurposeView(
        code,
        "INFORMATION_CATEGORY",
        code,
        code,
        "",
        "",
        "OPTIONAL",
        true,
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

  <T> T notifications(Function<DefaultNotifications, T> work) {
    return database.inTransaction(em -> work.apply(service(em)));
  }

  DefaultNotifications service(EntityManager em) {
    DefaultNotifications service = new DefaultNotifications();
    service.templates = new JpaTemplateRepository(em);
    service.devices = new JpaDeviceRepository(em);
    service.notifications = new JpaNotificationRepository(em);
    service.contacts = contacts;
    service.consent = consent;
    service.catalogue = catalogue;
    service.outbound = outbound;
    service.registry = registry;
    service.tokens = tokens;
    service.auditTrail = mock(AuditTrail.class);
    service.clock = clock;
    service.defaultPushPartner = "getui";
    service.marketingPurpose = "communication.marketing";
    return service;
  }

  DeviceView register(String subject, String deviceId, String platform, String token) {
    return database.inTransaction(
        em -> {
          DefaultDevices devices = new DefaultDevices();
          devices.devices = new JpaDeviceRepository(em);
          devices.tokens = tokens;
          devices.auditTrail = mock(AuditTrail.class);
          devices.consent = consent;
          devices.clock = clock;
          return devices.register(SubjectId.of(subject), deviceId, platform, token);
        });
  }

  @Test
  @org.junit.jupiter.api.Tag("DATA-2")
  @org.junit.jupiter.api.DisplayName(
      "DATA-2: a device joined with a person needs their consent, is in their access"
          + " package, goes with their erasure, and is deleted once its app stopped registering it")
  void deviceDataJoinedWithAPersonIsTheirs() {
    when(consent.may(SubjectId.of("u-kid"), PurposeCode.of("device.identifiers")))
        .thenReturn(Decision.of(DecisionReason.GUARDIAN_CONSENT_MISSING, null));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> register("u-kid", "phone-k", "getui", "tok-k"))
        .isInstanceOf(com.meike.privacy.kernel.problem.DomainException.class);
    register("u-7", "phone-1", "getui", "tok-1");
    register("u-8", "phone-2", "getui", "tok-2");

    Map<String, Object> data = holder(h -> h.export("u-7", "handler").data());
    org.assertj.core.api.Assertions.assertThat((java.util.List<?>) data.get("devices")).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(data.toString()).doesNotContain("tok-1");
    org.assertj.core.api.Assertions.assertThat(
            holder(h -> h.erase("u-7", false, "deletion", "handler")).deleted())
        .isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(
            (java.util.List<?>) holder(h -> h.export("u-7", "handler").data()).get("devices"))
        .isEmpty();

    // a year and a day later, u-8's app never registered again: the join ends
    int deleted =
        database.inTransaction(
            em -> {
              DeviceRetention retention = new DeviceRetention();
              retention.devices = new JpaDeviceRepository(em);
              retention.auditTrail = mock(AuditTrail.class);
              retention.clock =
                  Clock.fixed(NOW.plus(java.time.Duration.ofDays(366)), ZoneOffset.UTC);
              retention.days = 365;
              return retention.deleteDue(100);
            });
    org.assertj.core.api.Assertions.assertThat(deleted).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(
            (java.util.List<?>) holder(h -> h.export("u-8", "handler").data()).get("devices"))
        .isEmpty();
  }

  static Notice complaintAnswered(String subject) {
    return new Notice(
        SubjectId.of(subject),
        "complaint-answered",
        Map.of("complaintNumber", "CMP-2026-000123", "resolution", "UPHELD", "secret", "not sent"),
        NoticeCategory.SERVICE);
  }

  <T> T holder(Function<NotificationPersonalData, T> work) {
    return database.inTransaction(
        em -> {
          NotificationPersonalData holder = new NotificationPersonalData();
          DefaultDevices devices = new DefaultDevices();
          devices.devices = new JpaDeviceRepository(em);
          devices.tokens = tokens;
          devices.auditTrail = mock(AuditTrail.class);
          devices.consent = consent;
          devices.clock = clock;
          holder.devices = devices;
          holder.notifications = service(em);
          holder.deviceRepository = new JpaDeviceRepository(em);
          holder.notices = new JpaNotificationRepository(em);
          holder.auditTrail = mock(AuditTrail.class);
          return work.apply(holder);
        });
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "DSR-1, DSR-2, RET-4: notification exports devices and notices, erasure deletes devices and detaches notices")
  void personalDataIsExportedThenErased() {
    register("u-9", "phone-9", "getui", "token-9");
    register("u-10", "phone-10", "getui", "token-10");
    notifications(n -> n.tell(complaintAnswered("u-9")));
    notifications(n -> n.tell(complaintAnswered("u-10")));

    Map<String, Object> data = holder(h -> h.export("u-9", "handler").data());
    assertThat((List<?>) data.get("devices")).hasSize(1);
    assertThat((List<?>) data.get("notices")).hasSize(1);
    assertThat(data.toString()).doesNotContain("token-9");

    var erasure = holder(h -> h.erase("u-9", true, "cancellation", "handler"));
    assertThat(erasure.deleted()).isEqualTo(1);
    assertThat(erasure.anonymised()).isEqualTo(1);
    Map<String, Object> after = holder(h -> h.export("u-9", "handler").data());
    assertThat((List<?>) after.get("devices")).isEmpty();
    assertThat((List<?>) after.get("notices")).isEmpty();
    Long unlinked =
        database.inTransaction(
            em ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from notification_notice where subject_id is null")
                            .getSingleResult())
                    .longValue());
    assertThat(unlinked).isEqualTo(1);
    assertThat((List<?>) holder(h -> h.export("u-10", "handler").data()).get("notices"))
        .as("others untouched")
        .hasSize(1);
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "SHUT-1: a service that shuts down names the people its notices went to, detaches them and counts none left; other purposes and a city's service are untouched")
  void serviceShutdownDetachesItsNotices() {
    register("u-12", "phone-12", "getui", "token-12");
    register("u-13", "phone-13", "getui", "token-13");
    notifications(n -> n.tell(complaintAnswered("u-12")));
    notifications(n -> n.tell(complaintAnswered("u-13")));
    var service =
        com.meike.privacy.kernel.rights.ServiceScope.of(
            "feature.customer-service", java.util.Set.of("communication.customer-service"));
    var city =
        new com.meike.privacy.kernel.rights.ServiceScope(
            "x.hangzhou",
            java.util.Set.of("communication.customer-service"),
            "Hangzhou",
            java.util.Set.of());
    var other =
        com.meike.privacy.kernel.rights.ServiceScope.of(
            "feature.face-login", java.util.Set.of("identity.biometric"));

    assertThat(this.<List<String>>holder(h -> h.subjectsFor(service, null, 10)))
        .containsExactly("u-12", "u-13");
    assertThat(this.<List<String>>holder(h -> h.subjectsFor(service, "u-12", 10)))
        .containsExactly("u-13");
    assertThat(this.<List<String>>holder(h -> h.subjectsFor(city, null, 10))).isEmpty();
    assertThat(holder(h -> h.remainingFor(service)).leftTotal()).isEqualTo(2);
    assertThat(holder(h -> h.eraseFor("u-12", other, "shutdown", "system")).anonymised()).isZero();
    assertThat(holder(h -> h.eraseFor("u-12", city, "shutdown", "system")).anonymised()).isZero();
    assertThat(holder(h -> h.eraseFor("u-12", service, "shutdown", "system")).anonymised())
        .isEqualTo(1);
    assertThat(holder(h -> h.eraseFor("u-13", service, "shutdown", "system")).anonymised())
        .isEqualTo(1);
    assertThat(holder(h -> h.eraseFor("u-13", service, "shutdown", "system")).anonymised())
        .isZero();
    assertThat(holder(h -> h.remainingFor(service)).leftTotal()).isZero();
    assertThat((List<?>) holder(h -> h.export("u-12", "handler").data()).get("devices"))
        .as("devices are not this service's")
        .hasSize(1);
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "SHUT-1 at size: a whole page of people at once detaches the notices and deletes the devices one person at a time would, with one audit entry naming the batch's people; a batch redone after a crash finds nothing")
  void serviceShutdownAsOneBatch() {
    register("u-14", "phone-14", "getui", "token-14");
    register("u-15", "phone-15", "getui", "token-15");
    register("u-16", "phone-16", "getui", "token-16");
    notifications(n -> n.tell(complaintAnswered("u-14")));
    notifications(n -> n.tell(complaintAnswered("u-15")));
    notifications(n -> n.tell(complaintAnswered("u-16")));
    var pushing =
        com.meike.privacy.kernel.rights.ServiceScope.of(
            "feature.customer-service",
            java.util.Set.of("communication.customer-service", "device.identifiers"));
    AuditTrail audit = mock(AuditTrail.class);

    var batch =
        this.<com.meike.privacy.kernel.rights.PersonalDataHolder.BatchErasure>holder(
            h -> {
              h.auditTrail = audit;
              return h.eraseForAll(List.of("u-14", "u-15"), pushing, "shutdown", "system");
            });

    assertThat(batch.deleted()).as("both people's devices").isEqualTo(2);
    assertThat(batch.anonymised()).as("both people's notices").isEqualTo(2);
    assertThat((List<?>) holder(h -> h.export("u-14", "handler").data()).get("devices")).isEmpty();
    assertThat((List<?>) holder(h -> h.export("u-15", "handler").data()).get("notices")).isEmpty();
    assertThat((List<?>) holder(h -> h.export("u-16", "handler").data()).get("devices"))
        .as("a person outside the batch keeps everything")
        .hasSize(1);
    assertThat(holder(h -> h.remainingFor(pushing)).leftTotal())
        .as("only the person outside the batch is still named")
        .isEqualTo(1);
    org.mockito.ArgumentCaptor<com.meike.privacy.kernel.audit.AuditEvent> entry =
        org.mockito.ArgumentCaptor.forClass(com.meike.privacy.kernel.audit.AuditEvent.class);
    org.mockito.Mockito.verify(audit).record(entry.capture());
    assertThat(entry.getValue().detail())
        .startsWith("2 device(s) deleted, 2 notice(s)")
        .contains(
            com.meike.privacy.kernel.rights.DisposalDigest.of(List.of("u-14", "u-15")).toString());
    var again =
        this.<com.meike.privacy.kernel.rights.PersonalDataHolder.BatchErasure>holder(
            h -> h.eraseForAll(List.of("u-14", "u-15"), pushing, "again", "system"));
    assertThat(again.deleted() + again.anonymised()).isZero();
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "RET-1: notice records older than 180 days are deleted in batches, exactly those")
  void noticeRetentionDeletesExactlyTheDueOnes() {
    register("u-11", "phone-11", "getui", "token-11");
    for (int i = 0; i < 5; i++) {
      notifications(n -> n.tell(complaintAnswered("u-11")));
    }
    java.util.function.IntUnaryOperator batchAt181Days =
        size ->
            database.inTransaction(
                em -> {
                  NoticeRetention retention = new NoticeRetention();
                  retention.notices = new JpaNotificationRepository(em);
                  retention.auditTrail = mock(AuditTrail.class);
                  retention.clock =
                      Clock.fixed(NOW.plus(java.time.Duration.ofDays(181)), ZoneOffset.UTC);
                  retention.days = 180;
                  return retention.deleteDue(size);
                });
    java.util.function.IntUnaryOperator batchAt179Days =
        size ->
            database.inTransaction(
                em -> {
                  NoticeRetention retention = new NoticeRetention();
                  retention.notices = new JpaNotificationRepository(em);
                  retention.auditTrail = mock(AuditTrail.class);
                  retention.clock =
                      Clock.fixed(NOW.plus(java.time.Duration.ofDays(179)), ZoneOffset.UTC);
                  retention.days = 180;
                  return retention.deleteDue(size);
                });

    assertThat(com.meike.privacy.kernel.rights.RetentionRun.run(2, 100, batchAt179Days))
        .as("not due yet")
        .isZero();
    assertThat(com.meike.privacy.kernel.rights.RetentionRun.run(2, 100, batchAt181Days))
        .isEqualTo(5);
    List<NotificationView> left = notifications(n -> n.sentTo(SubjectId.of("u-11")));
    assertThat(left).isEmpty();
  }

  @Test
  void aRegisteredDeviceGetsThePushWithItsTokenAndTheFilledInChineseText() {
    DeviceView device = register("u-1", "phone-1", "huawei-push", "hms-token-42");
    assertThat(device.platform()).isEqualTo("huawei-push");

    NoticeReceipt receipt = notifications(n -> n.tell(complaintAnswered("u-1")));

    assertThat(receipt.sent()).isTrue();
    assertThat(receipt.channel()).isEqualTo("PUSH");
    PartnerMessage message = sent.get(0);
    assertThat(message.partner()).isEqualTo("huawei-push");
    assertThat(message.type()).isEqualTo("push.notification");
    assertThat(message.purpose()).isEqualTo("device.identifiers");
    assertThat(message.subject()).isEqualTo("u-1");
    assertThat(message.payload().get("pushToken")).isEqualTo("hms-token-42");
    assertThat(message.payload().get("recipient")).isEqualTo("u-1");
    assertThat((String) message.payload().get("body"))
        .contains("CMP-2026-000123")
        .contains("法院提起诉讼");
    assertThat(message.payload().get("params"))
        .isEqualTo(Map.of("complaintNumber", "CMP-2026-000123", "resolution", "UPHELD"));
  }

  @Test
  void thePushTokenIsStoredEncryptedAndReRegistrationReplacesIt() {
    register("u-1", "phone-1", "getui", "token-a");
    register("u-1", "phone-1", "huawei-push", "token-b");
    List<Device> stored =
        database.inTransaction(
            em -> em.createQuery("select d from Device d", Device.class).getResultList());
    assertThat(stored)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.pushTokenCiphertext()).doesNotContain("token-b");
              assertThat(
                      tokens.open(
                          d.pushTokenCiphertext(),
                          DefaultDevices.tokenBinding(d.subjectId(), d.deviceId())))
                  .isEqualTo("token-b");
              assertThat(d.platform().partner()).isEqualTo("huawei-push");
            });
    assertThatThrownBy(() -> register("u-1", "phone-1", "apns", "t"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("platform"));
    assertThatThrownBy(() -> register("u-1", "phone 1", "getui", "t"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("deviceId"));
    assertThatThrownBy(() -> register("u-1", "phone-1", "getui", ""))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("pushToken"));
  }

  @Test
  void withoutADeviceTheNoticeGoesBySmsWithTheTemplateAndItsParameters() {
    when(contacts.phoneOf("u-2")).thenReturn(Optional.of("+8613812345678"));
    NoticeReceipt receipt = notifications(n -> n.tell(complaintAnswered("u-2")));
    assertThat(receipt.channel()).isEqualTo("SMS");
    PartnerMessage message = sent.get(0);
    assertThat(message.partner()).isEqualTo("sms");
    assertThat(message.type()).isEqualTo("sms.notification");
    assertThat(message.purpose()).isEqualTo("communication.customer-service");
    assertThat(message.payload()).containsOnlyKeys("phone", "template", "params");
    assertThat(message.payload().get("phone")).isEqualTo("+8613812345678");
  }

  @Test
  void withNeitherDeviceNorPhoneItGoesToTheAccountAliasOnTheDefaultPushService() {
    NoticeReceipt receipt =
        notifications(
            n ->
                n.tell(
                    new Notice(
                        SubjectId.of("u-3"),
                        "policy-major-change",
                        Map.of("policyVersion", "2026-12", "summary", "新增推送服务商", "forChild", false),
                        NoticeCategory.SERVICE)));
    assertThat(receipt.partner()).isEqualTo("getui");
    PartnerMessage message = sent.get(0);
    assertThat(message.payload()).doesNotContainKey("pushToken");
    assertThat(message.payload().get("title")).isEqualTo("隐私政策已更新");
    assertThat((String) message.payload().get("body")).contains("2026-12").contains("重新确认");
    assertThat(((Map<?, ?>) message.payload().get("params")).get("forChild")).isEqualTo(false);
  }

  @Test
  void theRegistrationCodeGoesBySmsInTheShapeTheGatewayKnows() {
    NoticeReceipt receipt =
        notifications(
            n -> n.tellPhone("+8613812345678", "verification-code", Map.of("code", "493027")));
    assertThat(receipt.sent()).isTrue();
    PartnerMessage message = sent.get(0);
    assertThat(message.subject()).isNull();
    assertThat(message.type()).isEqualTo("sms.verification-code");
    assertThat(message.purpose()).isEqualTo("account.phone");
    assertThat(message.payload())
        .isEqualTo(
            Map.of(
                "phone",
                "+8613812345678",
                "template",
                "verification-code",
                "params",
                Map.of("code", "493027")));
    assertThatThrownBy(
            () ->
                notifications(
                    n -> n.tellPhone("13812345678", "verification-code", Map.of("code", "1"))))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("phone"));
  }

  @Test
  void marketingGoesOnlyWithTheMarketingConsent() {
    Notice promotion =
        new Notice(
            SubjectId.of("u-4"),
            "promotion",
            Map.of("headline", "周末上门美甲八折"),
            NoticeCategory.MARKETING);
    // The policy in force names no marketing purpose: nobody gets marketing.
    assertThat(notifications(n -> n.tell(promotion)).skippedBecause())
        .isEqualTo("NO_MARKETING_CONSENT");

    when(catalogue.purposes()).thenReturn(List.of(purpose("communication.marketing")));
    when(consent.may(SubjectId.of("u-4"), PurposeCode.of("communication.marketing")))
        .thenReturn(Decision.of(DecisionReason.NO_CONSENT, null));
    assertThat(notifications(n -> n.tell(promotion)).skippedBecause())
        .isEqualTo("NO_MARKETING_CONSENT");

    when(consent.may(eq(SubjectId.of("u-4")), eq(PurposeCode.of("communication.marketing"))))
        .thenReturn(Decision.of(DecisionReason.CONSENT_GIVEN, 7L));
    assertThat(notifications(n -> n.tell(promotion)).sent()).isTrue();
    assertThat(sent).hasSize(1);
  }

  @Test
  void serviceNoticesNeedNoMarketingConsentAndTheCategoryMustMatchTheTemplate() {
    assertThat(notifications(n -> n.tell(complaintAnswered("u-5"))).sent()).isTrue();
    assertThatThrownBy(
            () ->
                notifications(
                    n ->
                        n.tell(
                            new Notice(
                                SubjectId.of("u-5"),
                                "complaint-answered",
                                Map.of("complaintNumber", "c", "resolution", "r"),
                                NoticeCategory.MARKETING))))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("category"));
    assertThatThrownBy(
            () ->
                notifications(
                    n ->
                        n.tell(
                            new Notice(
                                SubjectId.of("u-5"),
                                "complaint-answered",
                                Map.of(),
                                NoticeCategory.SERVICE))))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("params"));
    assertThatThrownBy(
            () ->
                notifications(
                    n ->
                        n.tell(
                            new Notice(
                                SubjectId.of("u-5"), "nope", Map.of(), NoticeCategory.SERVICE))))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("templateId"));
  }

  @Test
  void aSuspendedPartnerOrAChannelWithoutConsentSkipsTheNoticeInsteadOfFailingTheBatch() {
    when(registry.partners()).thenReturn(List.of(partner("getui", "SUSPENDED")));
    when(contacts.phoneOf("u-7")).thenReturn(Optional.of("+8613812345678"));
    when(consent.may(SubjectId.of("u-7"), PurposeCode.of("communication.customer-service")))
        .thenReturn(Decision.of(DecisionReason.GUARDIAN_CONSENT_MISSING, null));
    List<NoticeReceipt> receipts =
        notifications(n -> n.tellAll(List.of(complaintAnswered("u-6"), complaintAnswered("u-7"))));
    assertThat(receipts)
        .extracting(NoticeReceipt::skippedBecause)
        .containsExactly("PARTNER_SUSPENDED", "PARTNER_SUSPENDED");

    when(registry.partners())
        .thenReturn(List.of(partner("getui", "ACTIVE"), partner("sms", "ACTIVE")));
    receipts =
        notifications(n -> n.tellAll(List.of(complaintAnswered("u-6"), complaintAnswered("u-7"))));
    assertThat(receipts).extracting(NoticeReceipt::sent).containsExactly(true, false);
    assertThat(receipts.get(1).skippedBecause()).isEqualTo("NO_CONSENT_TO_CHANNEL");
  }

  @Test
  void thePartnersRepliesBecomeTheNoticesDeliveryStatus() {
    NoticeReceipt receipt = notifications(n -> n.tell(complaintAnswered("u-8")));
    database.inTransaction(
        em ->
            new DeliveryReports(new JpaNotificationRepository(em))
                .record(
                    new PartnerReplyAccepted(
                        receipt.messageId(),
                        "getui",
                        "push.notification",
                        "ACKNOWLEDGED",
                        null,
                        NOW.plusSeconds(1))));
    List<NotificationView> views = notifications(n -> n.sentTo(SubjectId.of("u-8")));
    assertThat(views)
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo("ACKNOWLEDGED"));

    database.inTransaction(
        em ->
            new DeliveryReports(new JpaNotificationRepository(em))
                .record(
                    new PartnerReplyAccepted(
                        receipt.messageId(),
                        "getui",
                        "push.notification",
                        "DELIVERED",
                        null,
                        NOW.plusSeconds(2))));
    database.inTransaction(
        em ->
            new DeliveryReports(new JpaNotificationRepository(em))
                .record(
                    new PartnerReplyAccepted(
                        receipt.messageId(),
                        "getui",
                        "push.notification",
                        "ACKNOWLEDGED",
                        null,
                        NOW.plusSeconds(3))));
    NotificationView view = notifications(n -> n.sentTo(SubjectId.of("u-8"))).get(0);
    assertThat(view.status()).isEqualTo("DELIVERED");
    assertThat(view.statusAt()).isEqualTo(NOW.plusSeconds(2));
    assertThat(view.templateId()).isEqualTo("complaint-answered");

    Boolean other =
        database.inTransaction(
            em ->
                new DeliveryReports(new JpaNotificationRepository(em))
                    .record(
                        new PartnerReplyAccepted(
                            "no-such", "getui", "push.notification", "FAILED", "x", NOW)));
    assertThat(other).isFalse();
  }

  @Test
  void aFailureKeepsThePartnersReason() {
    NoticeReceipt receipt = notifications(n -> n.tell(complaintAnswered("u-9")));
    database.inTransaction(
        em ->
            new DeliveryReports(new JpaNotificationRepository(em))
                .record(
                    new PartnerReplyAccepted(
                        receipt.messageId(),
                        "getui",
                        "push.notification",
                        "FAILED",
                        "token expired",
                        NOW)));
    assertThat(notifications(n -> n.sentTo(SubjectId.of("u-9"))).get(0).reason())
        .isEqualTo("token expired");
  }

  @Test
  void staffSeeTheSeededChineseTemplates() {
    List<TemplateView> templates =
        database.inTransaction(
            em -> {
              DefaultNoticeTemplates service = new DefaultNoticeTemplates();
              service.templates = new JpaTemplateRepository(em);
              return service.templates();
            });
    assertThat(templates)
        .extracting(TemplateView::id)
        .contains("complaint-answered", "policy-major-change", "verification-code", "promotion");
    assertThat(templates)
        .filteredOn(t -> t.id().equals("promotion"))
        .singleElement()
        .satisfies(t -> assertThat(t.category()).isEqualTo("MARKETING"));
  }
}
