package com.meike.privacy.partner.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.PartnerCorrectionNotices;
import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.disclosure.DisclosureRepository;
import com.meike.privacy.partner.domain.outbox.OutboxRepository;
import com.meike.privacy.partner.domain.registry.DataScope;
import com.meike.privacy.partner.domain.registry.Partner;
import com.meike.privacy.partner.domain.registry.PartnerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.executable.ValidateOnExecution;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * {@link PartnerCorrectionNotices}. A partner is told when a message about the person carried a
 * field whose last segment is a corrected field's name ({@code serviceAddress}, {@code
 * order.contactPhone}) and the partner's scope for that message's purpose still names it. Like a
 * deletion order the notice discloses nothing new, so it passes no consent check ({@link
 * OutboxWriter}); it goes to suspended partners too: they still hold the old value.
 */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultPartnerCorrectionNotices implements PartnerCorrectionNotices {

  static final String TYPE = "correction.notice";

  /** Recorded as the outbox purpose: not a purpose of the catalogue, nothing is disclosed. */
  static final String PURPOSE = "dsr.correction";

  static final int MAX_MESSAGE_IDS = DefaultPartnerDeletionOrders.MAX_MESSAGE_IDS;
  private static final int MAX_CORRECTION_ID_LENGTH = 64;

  @Inject DisclosureRepository disclosures;
  @Inject PartnerRepository partners;
  @Inject OutboxRepository outbox;
  @Inject OutboxWriter writer;

  @Inject
  @Key(DefaultPartnerOutbound.PSEUDONYM_KEY)
  KeyedHash pseudonyms;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public List<String> tellRecipients(
      SubjectId subject, String correctionId, Set<String> fields, String actor) {
    String person = subject.value();
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("a correction notice needs an actor");
    }
    if (correctionId == null
        || correctionId.isBlank()
        || correctionId.length() > MAX_CORRECTION_ID_LENGTH) {
      throw DomainException.invalid(
          "correctionId", "is required, at most " + MAX_CORRECTION_ID_LENGTH + " characters");
    }
    Set<String> corrected = new TreeSet<>();
    if (fields != null) {
      fields.forEach(f -> corrected.add(f.toLowerCase(Locale.ROOT)));
    }
    if (corrected.isEmpty()) {
      return List.of();
    }
    Map<String, Partner> partnerById = new TreeMap<>();
    Map<String, SortedSet<String>> fieldsPerPartner = new TreeMap<>();
    Map<String, List<String>> messagesPerPartner = new TreeMap<>();
    for (Disclosure disclosure : disclosures.forSubject(person)) {
      Optional<Partner> partner =
          Optional.ofNullable(partnerById.get(disclosure.partnerId()))
              .or(() -> partners.find(disclosure.partnerId()));
      if (partner.isEmpty()) {
        continue;
      }
      partnerById.put(partner.get().id(), partner.get());
      Set<String> inScope =
          partner
              .get()
              .scopeFor(disclosure.purpose())
              .map(DataScope::fields)
              .map(Set::copyOf)
              .orElse(Set.of());
      List<String> carried =
          disclosure.fields().stream()
              .filter(inScope::contains)
              .filter(field -> corrected.contains(lastSegment(field)))
              .toList();
      if (carried.isEmpty()) {
        continue;
      }
      fieldsPerPartner
          .computeIfAbsent(disclosure.partnerId(), p -> new TreeSet<>())
          .addAll(carried);
      List<String> ids =
          messagesPerPartner.computeIfAbsent(disclosure.partnerId(), p -> new ArrayList<>());
      if (ids.size() < MAX_MESSAGE_IDS) {
        ids.add(disclosure.messageId());
      }
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<String> told = new ArrayList<>();
    for (Map.Entry<String, SortedSet<String>> entry : fieldsPerPartner.entrySet()) {
      Partner partner = partnerById.get(entry.getKey());
      String messageId = messageId(correctionId, partner.id());
      if (outbox.find(messageId).isPresent()) {
        continue; // this correction told this partner already (a retried call)
      }
      JsonArrayBuilder fieldNames = Json.createArrayBuilder();
      entry.getValue().forEach(fieldNames::add);
      JsonArrayBuilder ids = Json.createArrayBuilder();
      messagesPerPartner.get(partner.id()).forEach(ids::add);
      JsonObjectBuilder payload = Json.createObjectBuilder().add("correctionId", correctionId);
      if (partner.deIdentified()) {
        payload.add(
            "pseudonym", DefaultPartnerOutbound.pseudonym(pseudonyms, partner.id(), person));
      } else {
        payload.add("subject", person);
      }
      payload.add("fields", fieldNames).add("messageIds", ids).add("correctedAt", now.toString());
      writer.write(messageId, partner.id(), TYPE, 1, PURPOSE, false, payload.build(), now);
      auditTrail.record(
          new AuditEvent(
              actor,
              "partner.correction-notified",
              "account",
              person,
              partner.id()
                  + " told that "
                  + String.join(", ", entry.getValue())
                  + " were corrected (correction "
                  + correctionId
                  + ")"));
      told.add(partner.id());
    }
    return List.copyOf(told);
  }

  /** The notice's id: the same correction and partner always name the same message. */
  static String messageId(String correctionId, String partnerId) {
    return UUID.nameUUIDFromBytes(
            (TYPE + "\u0000" + correctionId + "\u0000" + partnerId)
                .getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }
}
