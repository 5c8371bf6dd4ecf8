package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.identity.application.AccountContacts;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.Notice;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.NoticeReceipt;
import com.meike.privacy.notification.application.NotificationView;
import com.meike.privacy.notification.application.Notifications;
import com.meike.privacy.notification.domain.device.Device;
import com.meike.privacy.notification.domain.device.DeviceRepository;
import com.meike.privacy.notification.domain.notice.Channel;
import com.meike.privacy.notification.domain.notice.ChannelChoice;
import com.meike.privacy.notification.domain.notice.Notification;
import com.meike.privacy.notification.domain.notice.NotificationRepository;
import com.meike.privacy.notification.domain.notice.Route;
import com.meike.privacy.notification.domain.template.NoticeTemplate;
import com.meike.privacy.notification.domain.template.TemplateRepository;
import com.meike.privacy.partner.application.OutboundReceipt;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerOutbound;
import com.meike.privacy.partner.application.PartnerRegistry;
import com.meike.privacy.partner.application.PartnerView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Notifications}. Everything that could make the outbound service refuse — a suspended
 * partner, a purpose without consent — is checked here first, so a refused notice is skipped and
 * never rolls back the caller's transaction (a refusal thrown by an EJB would). Only the template's
 * declared parameters travel to the partner.
 *
 * <p>Message types: {@code push.notification} (partner {@code getui} / {@code huawei-push}, purpose
 * {@code device.identifiers}), {@code sms.verification-code} for the code template and {@code
 * sms.notification} for any other SMS (partner {@code sms}, the template's purpose), {@code
 * email.notification} (partner {@code email}); all version 1, see docs/partners.md.
 */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultNotifications implements Notifications {

  static final String PUSH_PURPOSE = "device.identifiers";
  static final String RESOURCE = "notification";
  static final int MAX_VIEWS = 100;

  private static final Pattern PHONE = Pattern.compile("\\+861[3-9][0-9]{9}");

  @Inject TemplateRepository templates;
  @Inject DeviceRepository devices;
  @Inject NotificationRepository notifications;
  @Inject AccountContacts contacts;
  @Inject ConsentCheck consent;
  @Inject PurposeCatalogue catalogue;
  @Inject PartnerOutbound outbound;
  @Inject PartnerRegistry registry;

  @Inject
  @Key(value = DefaultDevices.DEVICE_KEY, defaultId = "d1")
  FieldCipher tokens;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "meike.notification.default-push-partner", defaultValue = "getui")
  String defaultPushPartner;

  @Inject
  @ConfigProperty(
      name = "meike.notification.marketing-purpose",
      defaultValue = "communication.marketing")
  String marketingPurpose;

  @Override
  public NoticeReceipt tell(Notice notice) {
    Batch batch = new Batch();
    NoticeReceipt receipt = tell(notice, batch);
    if (receipt.sent()) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "notification.sent",
              RESOURCE,
              receipt.notificationId(),
              "template "
                  + notice.templateId()
                  + " via "
                  + receipt.channel()
                  + " to "
                  + notice.subject().value()));
    }
    return receipt;
  }

  @Override
  public List<NoticeReceipt> tellAll(List<Notice> notices) {
    Batch batch = new Batch();
    List<NoticeReceipt> receipts = new ArrayList<>(notices.size());
    Map<String, Integer> sentPerTemplate = new TreeMap<>();
    for (Notice notice : notices) {
      NoticeReceipt receipt = tell(notice, batch);
      receipts.add(receipt);
      if (receipt.sent()) {
        sentPerTemplate.merge(notice.templateId(), 1, Integer::sum);
      }
    }
    sentPerTemplate.forEach(
        (template, sent) ->
            auditTrail.record(
                new AuditEvent(
                    "system",
                    "notification.batch-sent",
                    RESOURCE,
                    template,
                    sent + " of " + notices.size() + " notices sent")));
    return receipts;
  }

  /**
   * A campaign's batch, set-based (issue 14): each template is read and filled once per distinct
   * set of parameters, the people's devices are read with one query, the partner messages go to
   * {@link PartnerOutbound#sendAll} (outbox and disclosure rows as JDBC batches) and the notice
   * rows are written as one batch. Per person stay only what is the person's own: the phone where
   * there is no device, the consent check of the channel's purpose, the payload with the address.
   */
  @Override
  public List<NoticeReceipt> tellCampaignBatch(List<Notice> notices, boolean handOverNow) {
    Batch batch = new Batch();
    Map<String, NoticeTemplate> templatesById = new HashMap<>();
    Map<List<Object>, Filled> filled = new HashMap<>();
    List<String> subjects = new ArrayList<>(notices.size());
    List<String> messageIds = new ArrayList<>(notices.size());
    for (Notice notice : notices) {
      subjects.add(notice.subject().value());
      if (notice.messageId() != null) {
        messageIds.add(notice.messageId());
      }
    }
    // A batch repeated after its notices committed while its people stayed pending (issue 14: a
    // crash, a failed marking) finds them: a notice's outbox and disclosure rows commit with it, so
    // those people were told; they get the receipt of the notice they have, nothing is written or
    // handed to the broker twice, and the batch completes them instead of failing on the ids.
    Map<String, Notification> written = notifications.forMessages(messageIds);
    Map<String, Device> newest = devices.newestFor(new java.util.HashSet<>(subjects));
    NoticeReceipt[] receipts = new NoticeReceipt[notices.size()];
    // first pass: the template, the text and the route of each; the consent of each person to
    // their channel's purpose is then read for the whole batch, one read per purpose (issue 14)
    NoticeTemplate[] chosenTemplates = new NoticeTemplate[notices.size()];
    Filled[] texts = new Filled[notices.size()];
    ChannelChoice.Recipient[] recipients = new ChannelChoice.Recipient[notices.size()];
    Route[] chosenRoutes = new Route[notices.size()];
    String[] purposes = new String[notices.size()];
    Map<String, List<SubjectId>> askFor = new LinkedHashMap<>();
    for (int i = 0; i < notices.size(); i++) {
      Notice notice = notices.get(i);
      Notification already = notice.messageId() == null ? null : written.get(notice.messageId());
      if (already != null) {
        receipts[i] =
            new NoticeReceipt(
                true,
                already.id(),
                already.channel().name(),
                already.partnerId(),
                already.messageId(),
                null);
        continue;
      }
      NoticeTemplate template =
          templatesById.computeIfAbsent(
              notice.templateId() + "\u0000" + notice.category(),
              k -> template(notice.templateId(), notice.category()));
      Filled text =
          filled.computeIfAbsent(
              List.of(template.id(), notice.params() == null ? Map.of() : notice.params()),
              k -> Filled.of(template, declared(template, notice.params())));
      if (template.category() == NoticeTemplate.Category.MARKETING
          && !batch.mayMarket(notice.subject().value())) {
        receipts[i] = NoticeReceipt.skipped("NO_MARKETING_CONSENT");
        continue;
      }
      Optional<ChannelChoice.DeviceAddress> device =
          Optional.ofNullable(newest.get(notice.subject().value()))
              .map(
                  d ->
                      new ChannelChoice.DeviceAddress(
                          d.platform().partner(),
                          tokens.open(
                              d.pushTokenCiphertext(),
                              DefaultDevices.tokenBinding(d.subjectId(), d.deviceId()))));
      ChannelChoice.Recipient recipient =
          new ChannelChoice.Recipient(
              notice.subject().value(),
              device,
              device.isPresent() ? Optional.empty() : contacts.phoneOf(notice.subject().value()),
              Optional.empty());
      Optional<Route> chosen =
          ChannelChoice.choose(template.channel(), recipient, defaultPushPartner, true);
      if (chosen.isEmpty()) {
        receipts[i] = NoticeReceipt.skipped("NO_CHANNEL");
        continue;
      }
      Route route = chosen.get();
      if (!batch.active(route.partner())) {
        receipts[i] = NoticeReceipt.skipped("PARTNER_SUSPENDED");
        continue;
      }
      String purpose = route.channel() == Channel.PUSH ? PUSH_PURPOSE : template.purpose();
      chosenTemplates[i] = template;
      texts[i] = text;
      recipients[i] = recipient;
      chosenRoutes[i] = route;
      purposes[i] = purpose;
      askFor.computeIfAbsent(purpose, k -> new ArrayList<>()).add(notice.subject());
    }
    Map<String, Map<SubjectId, com.meike.privacy.consent.domain.ledger.Decision>> decided =
        new HashMap<>();
    askFor.forEach(
        (purpose, people) -> decided.put(purpose, consent.mayAll(people, PurposeCode.of(purpose))));
    List<Integer> positions = new ArrayList<>(notices.size());
    List<PartnerMessage> messages = new ArrayList<>(notices.size());
    List<Route> routes = new ArrayList<>(notices.size());
    List<NoticeTemplate> used = new ArrayList<>(notices.size());
    for (int i = 0; i < notices.size(); i++) {
      if (chosenRoutes[i] == null) {
        continue;
      }
      Notice notice = notices.get(i);
      String purpose = purposes[i];
      com.meike.privacy.consent.domain.ledger.Decision decision =
          decided.getOrDefault(purpose, Map.of()).get(notice.subject());
      if (decision == null) {
        decision = consent.may(notice.subject(), PurposeCode.of(purpose));
      }
      if (!decision.allowed()) {
        receipts[i] = NoticeReceipt.skipped("NO_CONSENT_TO_CHANNEL");
        continue;
      }
      NoticeTemplate template = chosenTemplates[i];
      Filled text = texts[i];
      Route route = chosenRoutes[i];
      messages.add(
          new PartnerMessage(
              route.partner(),
              notice.subject().value(),
              purpose,
              type(template, route),
              1,
              payload(template, text.values(), text.title(), text.body(), recipients[i], route),
              false,
              notice.messageId()));
      positions.add(i);
      routes.add(route);
      used.add(template);
    }
    List<OutboundReceipt> sent =
        handOverNow ? outbound.sendAllNow(messages) : outbound.sendAll(messages);
    Instant now = clock.instant();
    List<Notification> rows = new ArrayList<>(sent.size());
    for (int k = 0; k < sent.size(); k++) {
      Route route = routes.get(k);
      NoticeTemplate template = used.get(k);
      Notification notification =
          new Notification(
              messages.get(k).subject(),
              template.id(),
              template.category().name(),
              route,
              sent.get(k).messageId(),
              now);
      rows.add(notification);
      receipts[positions.get(k)] =
          new NoticeReceipt(
              true,
              notification.id(),
              route.channel().name(),
              route.partner(),
              sent.get(k).messageId(),
              null);
    }
    notifications.storeAll(rows);
    return List.of(receipts);
  }

  /** A template filled once with one set of parameters. */
  private record Filled(Map<String, Object> values, String title, String body) {
    static Filled of(NoticeTemplate template, Map<String, Object> values) {
      return new Filled(values, template.title(values), template.body(values));
    }
  }

  @Override
  public NoticeReceipt tellPhone(String phone, String templateId, Map<String, ?> params) {
    if (phone == null || !PHONE.matcher(phone).matches()) {
      throw DomainException.invalid("phone", "must be a mainland mobile number in E.164 (+861…)");
    }
    NoticeTemplate template = template(templateId, NoticeCategory.SERVICE);
    Map<String, Object> values = declared(template, params);
    ChannelChoice.Recipient recipient =
        new ChannelChoice.Recipient(null, Optional.empty(), Optional.of(phone), Optional.empty());
    return send(template, values, recipient, new Batch(), null);
  }

  @Override
  public List<NotificationView> sentTo(SubjectId subject) {
    return notifications.forSubject(subject.value(), MAX_VIEWS).stream()
        .map(DefaultNotifications::view)
        .toList();
  }

  private NoticeReceipt tell(Notice notice, Batch batch) {
    NoticeTemplate template = template(notice.templateId(), notice.category());
    Map<String, Object> values = declared(template, notice.params());
    if (template.category() == NoticeTemplate.Category.MARKETING
        && !batch.mayMarket(notice.subject().value())) {
      return NoticeReceipt.skipped("NO_MARKETING_CONSENT");
    }
    Optional<ChannelChoice.DeviceAddress> device =
        devices.forSubject(notice.subject().value()).stream()
            .findFirst()
            .map(
                d ->
                    new ChannelChoice.DeviceAddress(
                        d.platform().partner(),
                        tokens.open(
                            d.pushTokenCiphertext(),
                            DefaultDevices.tokenBinding(d.subjectId(), d.deviceId()))));
    ChannelChoice.Recipient recipient =
        new ChannelChoice.Recipient(
            notice.subject().value(),
            device,
            device.isPresent() ? Optional.empty() : contacts.phoneOf(notice.subject().value()),
            Optional.empty());
    return send(template, values, recipient, batch, notice.messageId());
  }

  private NoticeReceipt send(
      NoticeTemplate template,
      Map<String, Object> values,
      ChannelChoice.Recipient recipient,
      Batch batch,
      String messageId) {
    Optional<Route> chosen =
        ChannelChoice.choose(template.channel(), recipient, defaultPushPartner, true);
    if (chosen.isEmpty()) {
      return NoticeReceipt.skipped("NO_CHANNEL");
    }
    Route route = chosen.get();
    if (!batch.active(route.partner())) {
      return NoticeReceipt.skipped("PARTNER_SUSPENDED");
    }
    String purpose = route.channel() == Channel.PUSH ? PUSH_PURPOSE : template.purpose();
    if (recipient.subject() != null
        && !consent.may(SubjectId.of(recipient.subject()), PurposeCode.of(purpose)).allowed()) {
      return NoticeReceipt.skipped("NO_CONSENT_TO_CHANNEL");
    }
    Instant now = clock.instant();
    OutboundReceipt receipt =
        outbound.send(
            new PartnerMessage(
                route.partner(),
                recipient.subject(),
                purpose,
                type(template, route),
                1,
                payload(template, values, recipient, route),
                false,
                messageId));
    Notification notification =
        new Notification(
            recipient.subject(),
            template.id(),
            template.category().name(),
            route,
            receipt.messageId(),
            now);
    notifications.store(notification);
    return new NoticeReceipt(
        true,
        notification.id(),
        route.channel().name(),
        route.partner(),
        receipt.messageId(),
        null);
  }

  static String type(NoticeTemplate template, Route route) {
    return switch (route.channel()) {
      case PUSH -> "push.notification";
      case SMS ->
          "verification-code".equals(template.id()) ? "sms.verification-code" : "sms.notification";
      case EMAIL -> "email.notification";
    };
  }

  /**
   * The partner payload: push notices carry the text, SMS and e-mail the gateway template and
   * parameters.
   */
  static Map<String, Object> payload(
      NoticeTemplate template,
      Map<String, Object> values,
      ChannelChoice.Recipient recipient,
      Route route) {
    return route.channel() == Channel.PUSH
        ? payload(template, values, template.title(values), template.body(values), recipient, route)
        : payload(template, values, null, null, recipient, route);
  }

  /** As above with the template's title and body already filled (a campaign fills them once). */
  static Map<String, Object> payload(
      NoticeTemplate template,
      Map<String, Object> values,
      String title,
      String body,
      ChannelChoice.Recipient recipient,
      Route route) {
    Map<String, Object> payload = new LinkedHashMap<>();
    switch (route.channel()) {
      case PUSH -> {
        payload.put("recipient", recipient.subject());
        if (route.address() != null) {
          payload.put("pushToken", route.address());
        }
        payload.put("template", template.id());
        payload.put("title", title);
        payload.put("body", body);
        payload.put("params", values);
      }
      case SMS -> {
        payload.put("phone", route.address());
        payload.put("template", template.id());
        payload.put("params", values);
      }
      case EMAIL -> {
        payload.put("email", route.address());
        payload.put("template", template.id());
        payload.put("params", values);
      }
    }
    return payload;
  }

  private NoticeTemplate template(String id, NoticeCategory category) {
    NoticeTemplate template =
        templates
            .find(id == null ? "" : id)
            .orElseThrow(
                () -> DomainException.invalid("templateId", "no notice template '" + id + "'"));
    if (category == null || !template.category().name().equals(category.name())) {
      throw DomainException.invalid(
          "category", "template " + template.id() + " is a " + template.category() + " notice");
    }
    return template;
  }

  /** The template's parameters, each required, in its order; anything else is dropped. */
  static Map<String, Object> declared(NoticeTemplate template, Map<String, ?> params) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : template.params()) {
      Object value = params == null ? null : params.get(name);
      if (value == null) {
        throw DomainException.invalid(
            "params", "template " + template.id() + " needs parameter " + name);
      }
      values.put(name, value);
    }
    try {
      template.title(values);
      template.body(values);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          "params", "template " + template.id() + " needs parameter " + e.getMessage());
    }
    return values;
  }

  static NotificationView view(Notification n) {
    return new NotificationView(
        n.id(),
        n.templateId(),
        n.category(),
        n.channel().name(),
        n.partnerId(),
        n.messageId(),
        n.status().name(),
        n.reason(),
        n.createdAt(),
        n.statusAt());
  }

  /** What one call looks up once: partner states and whether the marketing purpose exists. */
  private final class Batch {
    private Map<String, Boolean> active;
    private Boolean marketingCatalogued;
    private final Map<String, Boolean> marketing = new HashMap<>();

    boolean active(String partner) {
      if (active == null) {
        active =
            registry.partners().stream()
                .collect(Collectors.toMap(PartnerView::id, p -> "ACTIVE".equals(p.status())));
      }
      return active.getOrDefault(partner, false);
    }

    boolean mayMarket(String subject) {
      if (marketingCatalogued == null) {
        marketingCatalogued =
            catalogue.purposes().stream().map(PurposeView::code).anyMatch(marketingPurpose::equals);
      }
      return marketingCatalogued
          && marketing.computeIfAbsent(
              subject,
              s -> consent.may(SubjectId.of(s), PurposeCode.of(marketingPurpose)).allowed());
    }
  }
}
