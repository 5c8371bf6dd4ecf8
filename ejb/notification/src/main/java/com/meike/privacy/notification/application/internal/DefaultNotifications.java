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
public class DefaultNotifications implements Notifications {

  static final String PUSH_PURPOSE = "device.identifiers";
  static final String RESOURCE = "notification";
  static final int MAX_VIEWS = 100;

  private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern PHONE = Pattern.compile("\\+861[3-9][0-9]{9}");

  @Inject TemplateRepository templates;
  @Inject DeviceRepository devices;
  @Inject NotificationRepository notifications;
  @Inject AccountContacts contacts;
  @Inject ConsentCheck consent;
  @Inject PurposeCatalogue catalogue;
  @Inject PartnerOutbound outbound;
  @Inject PartnerRegistry registry;
  @Inject @Key(value = DefaultDevices.DEVICE_KEY, defaultId = "d1") FieldCipher tokens;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "meike.notification.default-push-partner", defaultValue = "getui")
  String defaultPushPartner;

  @Inject
  @ConfigProperty(name = "meike.notification.marketing-purpose", defaultValue = "communication.marketing")
  String marketingPurpose;

  @Override
  public NoticeReceipt tell(Notice notice) {
    Batch batch = new Batch();
    NoticeReceipt receipt = tell(notice, batch);
    if (receipt.sent()) {
      auditTrail.record(new AuditEvent("system", "notification.sent", RESOURCE, receipt.notificationId(),
          "template " + notice.templateId() + " via " + receipt.channel() + " to " + notice.subject()));
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
    sentPerTemplate.forEach((template, sent) ->
        auditTrail.record(new AuditEvent("system", "notification.batch-sent", RESOURCE, template,
            sent + " of " + notices.size() + " notices sent")));
    return receipts;
  }

  @Override
  public List<NoticeReceipt> tellCampaignBatch(List<Notice> notices) {
    Batch batch = new Batch();
    List<NoticeReceipt> receipts = new ArrayList<>(notices.size());
    for (Notice notice : notices) {
      receipts.add(tell(notice, batch));
    }
    return receipts;
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
  public List<NotificationView> sentTo(String subject) {
    return notifications.forSubject(subject, MAX_VIEWS).stream().map(DefaultNotifications::view).toList();
  }

  private NoticeReceipt tell(Notice notice, Batch batch) {
    if (notice.subject() == null || !SUBJECT.matcher(notice.subject()).matches()) {
      throw DomainException.invalid("subject", "must be an account id");
    }
    NoticeTemplate template = template(notice.templateId(), notice.category());
    Map<String, Object> values = declared(template, notice.params());
    if (template.category() == NoticeTemplate.Category.MARKETING && !batch.mayMarket(notice.subject())) {
      return NoticeReceipt.skipped("NO_MARKETING_CONSENT");
    }
    Optional<ChannelChoice.DeviceAddress> device =
        devices.forSubject(notice.subject()).stream().findFirst()
            .map(d -> new ChannelChoice.DeviceAddress(d.platform().partner(),
                tokens.open(d.pushTokenCiphertext(), DefaultDevices.tokenBinding(d.subjectId(), d.deviceId()))));
    ChannelChoice.Recipient recipient =
        new ChannelChoice.Recipient(
            notice.subject(), device,
            device.isPresent() ? Optional.empty() : contacts.phoneOf(notice.subject()),
            Optional.empty());
    return send(template, values, recipient, batch, notice.messageId());
  }

  private NoticeReceipt send(
      NoticeTemplate template, Map<String, Object> values, ChannelChoice.Recipient recipient, Batch batch,
      String messageId) {
    Optional<Route> chosen = ChannelChoice.choose(template.channel(), recipient, defaultPushPartner, true);
    if (chosen.isEmpty()) {
      return NoticeReceipt.skipped("NO_CHANNEL");
    }
    Route route = chosen.get();
    if (!batch.active(route.partner())) {
      return NoticeReceipt.skipped("PARTNER_SUSPENDED");
    }
    String purpose = route.channel() == Channel.PUSH ? PUSH_PURPOSE : template.purpose();
    if (recipient.subject() != null && !consent.may(recipient.subject(), purpose).allowed()) {
      return NoticeReceipt.skipped("NO_CONSENT_TO_CHANNEL");
    }
    Instant now = clock.instant();
    OutboundReceipt receipt =
        outbound.send(
            new PartnerMessage(route.partner(), recipient.subject(), purpose, type(template, route),
                1, payload(template, values, recipient, route), false, messageId));
    Notification notification =
        new Notification(recipient.subject(), template.id(), template.category().name(), route, receipt.messageId(), now);
    notifications.store(notification);
    return new NoticeReceipt(true, notification.id(), route.channel().name(), route.partner(), receipt.messageId(), null);
  }

  static String type(NoticeTemplate template, Route route) {
    return switch (route.channel()) {
      case PUSH -> "push.notification";
      case SMS -> "verification-code".equals(template.id()) ? "sms.verification-code" : "sms.notification";
      case EMAIL -> "email.notification";
    };
  }

  /** The partner payload: push notices carry the text, SMS and e-mail the gateway template and parameters. */
  static Map<String, Object> payload(
      NoticeTemplate template, Map<String, Object> values, ChannelChoice.Recipient recipient, Route route) {
    Map<String, Object> payload = new LinkedHashMap<>();
    switch (route.channel()) {
      case PUSH -> {
        payload.put("recipient", recipient.subject());
        if (route.address() != null) {
          payload.put("pushToken", route.address());
        }
        payload.put("template", template.id());
        payload.put("title", template.title(values));
        payload.put("body", template.body(values));
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
        templates.find(id == null ? "" : id)
            .orElseThrow(() -> DomainException.invalid("templateId", "no notice template '" + id + "'"));
    if (category == null || !template.category().name().equals(category.name())) {
      throw DomainException.invalid("category", "template " + template.id() + " is a " + template.category() + " notice");
    }
    return template;
  }

  /** The template's parameters, each required, in its order; anything else is dropped. */
  static Map<String, Object> declared(NoticeTemplate template, Map<String, ?> params) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : template.params()) {
      Object value = params == null ? null : params.get(name);
      if (value == null) {
        throw DomainException.invalid("params", "template " + template.id() + " needs parameter " + name);
      }
      values.put(name, value);
    }
    try {
      template.title(values);
      template.body(values);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("params", "template " + template.id() + " needs parameter " + e.getMessage());
    }
    return values;
  }

  static NotificationView view(Notification n) {
    return new NotificationView(n.id(), n.templateId(), n.category(), n.channel().name(), n.partnerId(),
        n.messageId(), n.status().name(), n.reason(), n.createdAt(), n.statusAt());
  }

  /** What one call looks up once: partner states and whether the marketing purpose exists. */
  private final class Batch {
    private Map<String, Boolean> active;
    private Boolean marketingCatalogued;
    private final Map<String, Boolean> marketing = new HashMap<>();

    boolean active(String partner) {
      if (active == null) {
        active = registry.partners().stream()
            .collect(Collectors.toMap(PartnerView::id, p -> "ACTIVE".equals(p.status())));
      }
      return active.getOrDefault(partner, false);
    }

    boolean mayMarket(String subject) {
      if (marketingCatalogued == null) {
        marketingCatalogued = catalogue.purposes().stream().map(PurposeView::code).anyMatch(marketingPurpose::equals);
      }
      return marketingCatalogued
          && marketing.computeIfAbsent(subject, s -> consent.may(s, marketingPurpose).allowed());
    }
  }
}
