package com.meike.privacy.partner.application.internal;

import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.CrossBorderTransfers;
import com.meike.privacy.consent.application.ImpactAssessments;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.OutboundReceipt;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerOutbound;
import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.disclosure.DisclosureRepository;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.OutboxRepository;
import com.meike.privacy.partner.domain.outbox.PartnerQueue;
import com.meike.privacy.partner.domain.registry.DataScope;
import com.meike.privacy.partner.domain.registry.Partner;
import com.meike.privacy.partner.domain.registry.PartnerRepository;
import com.meike.privacy.partner.domain.registry.PayloadFilter;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@link PartnerOutbound}: all checks, the scope cut, the outbox row and the disclosure log in the
 * caller's transaction (a new one when there is none); the relay is told after commit ({@link
 * OutboxWritten}). Nothing here talks to the broker, so a rolled-back change leaves no message.
 */
@Stateless
public class DefaultPartnerOutbound implements PartnerOutbound {

  private static final Pattern MESSAGE_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** Looked up once ({@code Json.create…} asks the service loader on every call). */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String PSEUDONYM_KEY = "meike.partner.pseudonym-key";

  /** Largest envelope accepted, in characters: partner messages are small notices, not files. */
  static final int MAX_BODY_LENGTH = 65_536;

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  @Inject PartnerRepository partners;
  @Inject OutboxRepository outbox;
  @Inject DisclosureRepository disclosures;
  @Inject ConsentCheck consent;
  @Inject PurposeCatalogue catalogue;
  @Inject CrossBorderTransfers transfers;
  @Inject CrossBorderRefusals crossBorderRefusals;
  @Inject ImpactAssessments assessments;

  /** The keyed hash that turns a person's account id into a pseudonym per partner. */
  @Inject
  @Key(PSEUDONYM_KEY)
  KeyedHash pseudonyms;

  @Inject Event<OutboxWritten> written;
  @Inject PartnerQueue queue;
  @Inject Clock clock;

  @Override
  public OutboundReceipt send(PartnerMessage message) {
    Prepared prepared = prepare(message, new HashMap<>(), new HashSet<>(), Map.of());
    outbox.store(prepared.message());
    disclosures.store(prepared.disclosure());
    written.fire(new OutboxWritten(prepared.message().messageId()));
    return prepared.receipt();
  }

  /**
   * The same checks and cut per message as {@link #send}; the partner is read once per call, and
   * the outbox and disclosure rows are written as two JDBC batches (issue 14: a notice campaign's
   * batch of 500 notices). Any refusal refuses the whole call.
   */
  @Override
  public List<OutboundReceipt> sendAll(List<PartnerMessage> messages) {
    return sendAll(messages, false);
  }

  /**
   * As {@link #sendAll(List)}, each message put on its partner's queue in this transaction and its
   * outbox row written delivered without the body (issue 14: the body stored once, no relay pass).
   */
  @Override
  public List<OutboundReceipt> sendAllNow(List<PartnerMessage> messages) {
    return sendAll(messages, true);
  }

  private List<OutboundReceipt> sendAll(List<PartnerMessage> messages, boolean handOverNow) {
    Objects.requireNonNull(messages, "messages");
    Map<String, Partner> partnerCache = new HashMap<>();
    List<OutboxMessage> rows = new ArrayList<>(messages.size());
    List<Disclosure> logged = new ArrayList<>(messages.size());
    List<OutboundReceipt> receipts = new ArrayList<>(messages.size());
    Set<String> ids = new HashSet<>();
    Set<String> assessed = new HashSet<>();
    // the people's consents read together, one read per purpose (issue 14)
    Map<PurposeCode, List<SubjectId>> askFor = new HashMap<>();
    for (PartnerMessage message : messages) {
      Objects.requireNonNull(message, "message");
      checkForm(message);
      if (message.subject() != null) {
        askFor
            .computeIfAbsent(new PurposeCode(message.purpose()), k -> new ArrayList<>())
            .add(new SubjectId(message.subject()));
      }
    }
    Map<PurposeCode, Map<SubjectId, Decision>> decided = new HashMap<>();
    askFor.forEach((purpose, people) -> decided.put(purpose, consent.mayAll(people, purpose)));
    for (PartnerMessage message : messages) {
      Prepared prepared = prepare(message, partnerCache, assessed, decided);
      if (!ids.add(prepared.message().messageId())) {
        throw DomainException.invalid("messageId", "the same message id twice in one call");
      }
      rows.add(prepared.message());
      logged.add(prepared.disclosure());
      receipts.add(prepared.receipt());
    }
    if (handOverNow) {
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      for (OutboxMessage row : rows) {
        queue.put(row.partnerId(), row.messageId(), row.type(), row.body());
        row.markDelivered(now);
      }
    }
    outbox.storeAll(rows);
    disclosures.storeAll(logged);
    if (!handOverNow) {
      rows.forEach(row -> written.fire(new OutboxWritten(row.messageId())));
    }
    return receipts;
  }

  private record Prepared(OutboxMessage message, Disclosure disclosure, OutboundReceipt receipt) {}

  private Prepared prepare(
      PartnerMessage message,
      Map<String, Partner> partnerCache,
      Set<String> assessed,
      Map<PurposeCode, Map<SubjectId, Decision>> decided) {
    Objects.requireNonNull(message, "message");
    checkForm(message);
    Partner partner = partnerCache.get(message.partner());
    if (partner == null) {
      partner =
          partners
              .find(message.partner())
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "partner", "No partner '" + message.partner() + "'."));
      partnerCache.put(partner.id(), partner);
    }
    if (!partner.active()) {
      throw DomainException.conflict(
          "Partner " + partner.id() + " is suspended; nothing may be sent to it.");
    }
    Partner to = partner;
    DataScope scope =
        partner
            .scopeFor(message.purpose())
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "purpose",
                        to.id() + " may not receive data for purpose " + message.purpose()));
    checkAssessed(partner, message.purpose(), assessed);
    checkConsent(message, decided);
    new CrossBorderGate(transfers, refusal -> crossBorderRefusals.record(refusal))
        .admit(partner, message);

    String pseudonym =
        partner.deIdentified() && message.subject() != null
            ? pseudonym(pseudonyms, partner.id(), message.subject())
            : null;
    PayloadFilter.Restricted restricted =
        PayloadFilter.restrict(
            payload(message.payload()), scope, partner.deIdentified(), pseudonym);

    String messageId =
        message.messageId() == null ? UUID.randomUUID().toString() : message.messageId();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String body =
        JSON.createObjectBuilder()
            .add("type", message.type())
            .add("version", message.version())
            .add("messageId", messageId)
            .add("occurredAt", now.toString())
            .add("payload", restricted.payload())
            .build()
            .toString();
    if (body.length() > MAX_BODY_LENGTH) {
      throw DomainException.invalid(
          "payload", "too large for a partner message (" + MAX_BODY_LENGTH + " characters)");
    }
    return new Prepared(
        new OutboxMessage(
            messageId,
            partner.id(),
            message.type(),
            message.version(),
            message.purpose(),
            message.needsAcknowledgement(),
            body,
            now),
        new Disclosure(
            UUID.randomUUID().toString(),
            messageId,
            partner.id(),
            message.subject(),
            message.purpose(),
            message.type(),
            restricted.sentFields(),
            now),
        new OutboundReceipt(messageId, partner.id(), restricted.sentFields()));
  }

  private static void checkForm(PartnerMessage message) {
    if (message.type() == null
        || message.type().length() > 100
        || !TYPE.matcher(message.type()).matches()) {
      throw DomainException.invalid(
          "type", "must be dotted lower-case words such as push.order-created");
    }
    if (message.version() < 1) {
      throw DomainException.invalid("version", "must be 1 or more");
    }
    if (message.purpose() == null || message.purpose().isBlank()) {
      throw DomainException.invalid("purpose", "is required");
    }
    if (!PurposeCode.matches(message.purpose())) {
      // a field of the message record, as the subject below: refused as the message's own field
      throw DomainException.invalid("purpose", PurposeCode.MESSAGE);
    }
    if (message.messageId() != null && !MESSAGE_ID.matcher(message.messageId()).matches()) {
      throw DomainException.invalid("messageId", "must be a UUID in lower-case hex");
    }
    // a field of the message record, checked with its other fields; a typed field would change
    // the JSON partners receive (issue 13, known-limits)
    if (message.subject() != null && !SubjectId.matches(message.subject())) {
      throw DomainException.invalid("subject", SubjectId.MESSAGE);
    }
  }

  /**
   * Sharing a purpose with a partner needs an impact assessment in force that allows it (AUD-3,
   * PIPL art. 55(3)), as the consent context's register answers now; asked once per partner and
   * purpose of a call. A refusal is recorded in a transaction of its own (the caller's rolls back).
   */
  private void checkAssessed(Partner partner, String purpose, Set<String> assessed) {
    String key = partner.id() + "/" + purpose;
    if (assessed.contains(key)) {
      return;
    }
    if (assessments.allowingSharing(partner.id(), new PurposeCode(purpose)).isEmpty()) {
      crossBorderRefusals.record(
          new AuditEvent(
              "partner-outbound",
              "partner.sharing-refused",
              PartnerViews.PARTNER,
              partner.id(),
              "purpose "
                  + purpose
                  + ": no impact assessment in force allows this sharing (AUD-3)"));
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "partner",
          "sharing "
              + purpose
              + " with "
              + partner.id()
              + " needs a personal-information impact assessment in force"
              + " that allows it — refused 向第三方提供个人信息须事先进行个人信息保护影响评估");
    }
    assessed.add(key);
  }

  /**
   * The person's consent to the purpose, as the consent context answers now. A message about nobody
   * passes only for a necessary purpose that accepting the policy covers.
   */
  private void checkConsent(
      PartnerMessage message, Map<PurposeCode, Map<SubjectId, Decision>> decided) {
    if (message.subject() == null) {
      PurposeView purpose = catalogue.purpose(new PurposeCode(message.purpose()));
      if (!"NECESSARY".equals(purpose.necessity()) || purpose.separateConsent()) {
        throw new DomainException(
            DomainException.Kind.FORBIDDEN,
            "purpose",
            "purpose " + message.purpose() + " needs the person's consent; name the person");
      }
      return;
    }
    SubjectId subject = new SubjectId(message.subject());
    PurposeCode purpose = new PurposeCode(message.purpose());
    Decision decision = decided.getOrDefault(purpose, Map.of()).get(subject);
    if (decision == null) {
      decision = consent.may(subject, purpose);
    }
    if (!decision.allowed()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "purpose",
          "no consent to purpose " + message.purpose() + " (" + decision.reason() + ")");
    }
  }

  @SuppressWarnings("unchecked")
  private static JsonObject payload(Map<String, ?> payload) {
    if (payload == null) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try {
      return JSON.createObjectBuilder((Map<String, Object>) payload).build();
    } catch (IllegalArgumentException | JsonException | ClassCastException e) {
      throw DomainException.invalid(
          "payload", "must hold only JSON values (text, numbers, booleans, maps, lists)");
    }
  }

  /**
   * The person's pseudonym for one partner: stable for that partner, different for every other, so
   * two partners cannot join what they received, and none can recover the account id.
   */
  static String pseudonym(KeyedHash pseudonyms, String partnerId, String subject) {
    return pseudonyms.hash(partnerId + "\u0000" + subject);
  }
}
