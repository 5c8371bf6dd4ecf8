package com.meike.privacy.partner.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.DeletionOrderPlaced;
import com.meike.privacy.partner.application.DeletionOrderView;
import com.meike.privacy.partner.application.PartnerDeletionOrders;
import com.meike.privacy.partner.domain.deletion.DeletionOrder;
import com.meike.privacy.partner.domain.deletion.DeletionOrderRepository;
import com.meike.privacy.partner.domain.deletion.DeletionRecipient;
import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.disclosure.DisclosureRepository;
import com.meike.privacy.partner.domain.registry.Partner;
import com.meike.privacy.partner.domain.registry.PartnerRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@link PartnerDeletionOrders}. The message names the person the way the partner knows them — our
 * account id, or its own pseudonym for a de-identified partner — and the ids of the messages it
 * received about them (newest {@value #MAX_MESSAGE_IDS}), so it can find what to delete without our
 * sending any personal data again. It goes to suspended partners too: they still hold data.
 */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultPartnerDeletionOrders implements PartnerDeletionOrders {

  static final String TYPE = "deletion.order";

  /** Recorded as the outbox purpose: not a purpose of the catalogue, nothing is disclosed. */
  static final String PURPOSE = "dsr.deletion";

  static final int MAX_MESSAGE_IDS = 1000;
  static final String RESOURCE = "partner-deletion-order";

  @Inject DeletionOrderRepository orders;
  @Inject DisclosureRepository disclosures;
  @Inject PartnerRepository partners;
  @Inject OutboxWriter writer;

  @Inject
  @Key(DefaultPartnerOutbound.PSEUDONYM_KEY)
  KeyedHash pseudonyms;

  @Inject AuditTrail auditTrail;
  @Inject Event<DeletionOrderPlaced> placed;
  @Inject Clock clock;

  @Override
  public DeletionOrderView orderDeletion(SubjectId subject, String reason, String actor) {
    // the subject is validated on the interface (Bean Validation)
    return order(subject.value(), reason, actor, disclosure -> true);
  }

  @Override
  public DeletionOrderView orderDeletion(
      SubjectId subject,
      java.util.Set<String> partnerIds,
      java.util.Set<String> purposes,
      String reason,
      String actor) {
    return order(
        subject.value(),
        reason,
        actor,
        disclosure ->
            partnerIds.contains(disclosure.partnerId()) && purposes.contains(disclosure.purpose()));
  }

  @Override
  public int orderDeletions(
      java.util.Collection<SubjectId> subjects,
      java.util.Set<String> partnerIds,
      java.util.Set<String> purposes,
      String reason,
      String actor) {
    check(reason, actor);
    Map<String, List<Disclosure>> bySubject = new TreeMap<>();
    for (SubjectId subject : subjects) {
      bySubject.put(subject.value(), new ArrayList<>());
    }
    // One read for the whole page instead of one per person; each person keeps their own order.
    for (Disclosure disclosure :
        disclosures.forSubjectsTo(bySubject.keySet(), partnerIds, purposes)) {
      bySubject.get(disclosure.subjectId()).add(disclosure);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Map<String, java.util.Optional<Partner>> known = new java.util.HashMap<>();
    List<String> placedLines = new ArrayList<>();
    List<String> ordered = new ArrayList<>();
    int messages = 0;
    for (Map.Entry<String, List<Disclosure>> theirs : bySubject.entrySet()) {
      if (theirs.getValue().isEmpty()) {
        continue; // nothing of theirs went to these partners: nobody to tell
      }
      Placed placed =
          place(theirs.getKey(), theirs.getValue(), d -> true, reason, actor, now, known);
      placedLines.add(placed.order().id() + " " + theirs.getKey());
      ordered.add(theirs.getKey());
      messages += placed.sent();
    }
    if (!placedLines.isEmpty()) {
      DisposalDigest people = DisposalDigest.of(ordered);
      auditTrail.record(
          new AuditEvent(
              actor,
              "partner.deletion-ordered",
              RESOURCE,
              "batch of " + people.first(),
              placedLines.size()
                  + " order(s) for "
                  + people.people()
                  + ", "
                  + messages
                  + " partner message(s) to "
                  + String.join(", ", new java.util.TreeSet<>(partnerIds))
                  + "; orders "
                  + DisposalDigest.of(placedLines)
                  + " (sorted 'orderId accountId' lines)"));
    }
    return placedLines.size();
  }

  private DeletionOrderView order(
      String subject,
      String reason,
      String actor,
      java.util.function.Predicate<Disclosure> wanted) {
    check(reason, actor);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Placed placed =
        place(
            subject,
            disclosures.forSubject(subject),
            wanted,
            reason,
            actor,
            now,
            new java.util.HashMap<>());
    auditTrail.record(
        new AuditEvent(
            actor,
            "partner.deletion-ordered",
            RESOURCE,
            placed.order().id(),
            "subject " + subject + ", " + placed.sent() + " partner(s) told to delete"));
    return view(placed.order(), orders.recipients(placed.order().id()));
  }

  private static void check(String reason, String actor) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("a deletion order needs an actor");
    }
    if (reason == null || reason.isBlank() || reason.length() > DeletionOrder.MAX_REASON_LENGTH) {
      throw DomainException.invalid(
          "reason", "is required, at most " + DeletionOrder.MAX_REASON_LENGTH + " characters");
    }
  }

  private record Placed(DeletionOrder order, int sent) {}

  /**
   * Writes one person's order and one {@code deletion.order} message per partner that received
   * their data (the wire contract: one person per message), and raises {@link DeletionOrderPlaced}
   * so that the order's own {@code partner-deletion-order} process follows it.
   */
  private Placed place(
      String subject,
      List<Disclosure> theirs,
      java.util.function.Predicate<Disclosure> wanted,
      String reason,
      String actor,
      Instant now,
      Map<String, java.util.Optional<Partner>> known) {
    DeletionOrder order =
        new DeletionOrder(UUID.randomUUID().toString(), subject, reason.strip(), actor, now);
    Map<String, List<String>> messagesPerPartner = new TreeMap<>();
    for (Disclosure disclosure : theirs) {
      if (!wanted.test(disclosure)) {
        continue;
      }
      List<String> ids =
          messagesPerPartner.computeIfAbsent(disclosure.partnerId(), p -> new ArrayList<>());
      if (ids.size() < MAX_MESSAGE_IDS) {
        ids.add(disclosure.messageId());
      }
    }
    orders.store(order);
    int sent = 0;
    for (Map.Entry<String, List<String>> entry : messagesPerPartner.entrySet()) {
      Partner partner = known.computeIfAbsent(entry.getKey(), partners::find).orElse(null);
      if (partner == null) {
        continue;
      }
      JsonArrayBuilder ids = Json.createArrayBuilder();
      entry.getValue().forEach(ids::add);
      JsonObjectBuilder payload = Json.createObjectBuilder().add("orderId", order.id());
      if (partner.deIdentified()) {
        payload.add(
            "pseudonym", DefaultPartnerOutbound.pseudonym(pseudonyms, partner.id(), subject));
      } else {
        payload.add("subject", subject);
      }
      payload.add("messageIds", ids).add("orderedAt", now.toString());
      String messageId = writer.write(partner.id(), TYPE, 1, PURPOSE, true, payload.build(), now);
      orders.store(new DeletionRecipient(messageId, order.id(), partner.id()));
      sent++;
    }
    if (sent == 0) {
      order.complete(now);
    }
    placed.fire(new DeletionOrderPlaced(order.id(), sent, sent == 0));
    return new Placed(order, sent);
  }

  @Override
  public DeletionOrderView order(String orderId, String viewer) {
    DeletionOrder order =
        orders
            .find(orderId)
            .orElseThrow(() -> DomainException.notFound("No deletion order " + orderId));
    auditTrail.record(
        new AuditEvent(
            viewer == null ? "system" : viewer,
            "partner.deletion-order-viewed",
            RESOURCE,
            order.id(),
            "subject " + order.subjectId()));
    return view(order, orders.recipients(order.id()));
  }

  static DeletionOrderView view(DeletionOrder order, List<DeletionRecipient> recipients) {
    Map<DeletionRecipient.Status, List<String>> by = new LinkedHashMap<>();
    for (DeletionRecipient.Status status : DeletionRecipient.Status.values()) {
      by.put(status, new ArrayList<>());
    }
    List<DeletionOrderView.Recipient> views = new ArrayList<>();
    for (DeletionRecipient recipient : recipients) {
      by.get(recipient.status()).add(recipient.partnerId());
      views.add(
          new DeletionOrderView.Recipient(
              recipient.partnerId(),
              recipient.messageId(),
              recipient.status().name(),
              recipient.reason(),
              recipient.repliedAt()));
    }
    return new DeletionOrderView(
        order.id(),
        order.subjectId(),
        order.reason(),
        order.orderedBy(),
        order.orderedAt(),
        order.completedAt() != null,
        order.completedAt(),
        List.copyOf(by.get(DeletionRecipient.Status.OUTSTANDING)),
        List.copyOf(by.get(DeletionRecipient.Status.ACKNOWLEDGED)),
        List.copyOf(by.get(DeletionRecipient.Status.FAILED)),
        List.copyOf(views));
  }
}
