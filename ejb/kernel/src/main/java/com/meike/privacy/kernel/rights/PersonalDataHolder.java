package com.meike.privacy.kernel.rights;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one context holds about one person, and how it lets go of it (DSR-1, DSR-2, ID-7, RET-2,
 * RET-4). Implemented once per context that holds personal data, as a {@code @Local} EJB view of
 * that context's own service (so each call joins the caller's transaction and writes the context's
 * own audit entry); found by the orchestrators as every bean of this type.
 *
 * <p>A subject is an app account id. Implementations never log personal data; their audit entries
 * name the subject id and counts only.
 */
public interface PersonalDataHolder {

  /** The context's name, as in architecture.md ({@code identity}, {@code order}, …). */
  String context();

  /**
   * Everything this context holds about {@code subject}, as JSON-ready values: maps with string
   * keys, lists, strings, numbers, booleans and {@link java.time.Instant}s (written as ISO-8601).
   * Never audio, never another person's data. Audited as a read by {@code actor}.
   */
  Export export(String subject, String actor);

  /**
   * Deletes or anonymises what this context holds about {@code subject}, per its retention rule;
   * what the law requires to keep is kept (and named in the report). {@code closingAccount} is true
   * for an account cancellation (ID-7): the account itself goes too; false for a deletion request
   * (DSR-2), which leaves the account usable. Anonymisation keeps no key, pseudonym or link back to
   * the person (RET-4). Audited.
   */
  Erasure erase(String subject, boolean closingAccount, String reason, String actor);

  /** What a person may have corrected through a CORRECTION request, by field name. */
  String CONTACT_NAME = "contactName";

  String CONTACT_PHONE = "contactPhone";
  String SERVICE_ADDRESS = "serviceAddress";
  Set<String> CORRECTABLE = Set.of(CONTACT_NAME, CONTACT_PHONE, SERVICE_ADDRESS);

  /**
   * Corrects the fields of {@code values} (names from {@link #CORRECTABLE}, values already
   * non-blank) wherever this context holds them about {@code subject}; fields it does not hold are
   * left alone. Checks each value as the context checks it on entry (INVALID_INPUT naming the
   * field). Audited. The default holds none of them.
   */
  default Correction correct(String subject, Map<String, String> values, String actor) {
    return new Correction(context(), List.of());
  }

  /** What one context corrected, in words (e.g. "contactPhone on 3 order(s)"). */
  record Correction(String context, List<String> corrected) {
    public Correction {
      Objects.requireNonNull(context, "context");
      corrected = corrected == null ? List.of() : List.copyOf(corrected);
    }
  }

  /**
   * Deletes or anonymises what this context holds about {@code subject} only for a service that
   * shuts down (SHUT-1: its purposes, in its city, for its partners), per the context's retention
   * rule, and nothing else of the person; through the same code the context's own retention uses.
   * Idempotent (a second call finds nothing left); the caller batches the people and owns the
   * transaction. Audited. A context that holds nothing collected only for the service answers with
   * zero counts and says so in {@code kept}.
   */
  default Erasure eraseFor(String subject, ServiceScope service, String reason, String actor) {
    return new Erasure(
        context(),
        0,
        0,
        List.of(
            context()
                + ": nothing held only for "
                + service.purposesText()
                + service.inCity().map(c -> " in " + c).orElse("")));
  }

  /**
   * {@link #eraseFor} for a whole batch of people at once (SHUT-1 at size): what this context holds
   * for {@code service} about every one of {@code subjects}, let go of with a few set-based
   * statements and <b>one</b> audit entry for the batch that names the count, the range of account
   * ids and a digest of what was disposed (see {@link DisposalDigest}). The caller owns the
   * transaction (one per batch), so a batch is either wholly done or wholly pending; idempotent
   * like {@link #eraseFor}. The default runs {@link #eraseFor} once per person — a context that
   * holds much for a service overrides it.
   */
  default BatchErasure eraseForAll(
      List<String> subjects, ServiceScope service, String reason, String actor) {
    int deleted = 0;
    int anonymised = 0;
    java.util.Set<String> kept = new java.util.LinkedHashSet<>();
    Map<String, List<LegalMinimum>> minimum = new java.util.LinkedHashMap<>();
    for (String subject : subjects) {
      Erasure erasure = eraseFor(subject, service, reason, actor);
      deleted += erasure.deleted();
      anonymised += erasure.anonymised();
      kept.addAll(erasure.kept());
      if (!erasure.legalMinimum().isEmpty()) {
        minimum.put(subject, erasure.legalMinimum());
      }
    }
    return new BatchErasure(context(), deleted, anonymised, List.copyOf(kept), minimum);
  }

  /**
   * What one context did for a batch of people: rows deleted and anonymised over the whole batch,
   * what it keeps and why (each reason once), and the legal minimum (RET-2) per person for the
   * archive vault, which the caller deposits in the same transaction.
   */
  record BatchErasure(
      String context,
      int deleted,
      int anonymised,
      List<String> kept,
      Map<String, List<LegalMinimum>> legalMinimum) {
    public BatchErasure {
      Objects.requireNonNull(context, "context");
      kept = kept == null ? List.of() : List.copyOf(kept);
      legalMinimum = legalMinimum == null ? Map.of() : Map.copyOf(legalMinimum);
    }

    /**
     * This batch as the erasure of its one person {@code subject}: how a context's {@link
     * #eraseFor} runs its set-based {@link #eraseForAll} for one person.
     */
    public Erasure of(String subject) {
      return new Erasure(
          context, deleted, anonymised, kept, legalMinimum.getOrDefault(subject, List.of()));
    }
  }

  /**
   * The people (account ids) this context holds data about for {@code service}, ascending, the next
   * {@code limit} after {@code after} ({@code null}: from the start) — a page read in the context's
   * own tables, so that the shutdown walks a million people a page at a time. The default: nobody
   * (the context does not know whom a service concerns). Not audited: ids only.
   */
  default java.util.List<String> subjectsFor(ServiceScope service, String after, int limit) {
    return List.of();
  }

  /**
   * What this context still holds for {@code service}, counted per category in every store it keeps
   * (tables, sealed files, queued messages): {@code left} must all be zero after a disposal; {@code
   * kept} is what the law lets or makes it keep (a legal hold, a transaction record), with the
   * reason in its category name. Not audited: counts only.
   */
  default Remaining remainingFor(ServiceScope service) {
    return new Remaining(context(), java.util.Map.of(), java.util.Map.of());
  }

  /**
   * What one context still holds for a service: identifying items left, and items kept lawfully.
   */
  record Remaining(
      String context, java.util.Map<String, Long> left, java.util.Map<String, Long> kept) {
    public Remaining {
      Objects.requireNonNull(context, "context");
      left = left == null ? java.util.Map.of() : java.util.Map.copyOf(left);
      kept = kept == null ? java.util.Map.of() : java.util.Map.copyOf(kept);
    }

    /** Items left that should not be. */
    public long leftTotal() {
      return left.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Order in which erasures run, lowest first: the account itself (identity) goes last. */
  default int erasureOrder() {
    return 0;
  }

  /** One context's part of an access package (DSR-1). */
  record Export(String context, Map<String, Object> data) {
    public Export {
      Objects.requireNonNull(context, "context");
      data = data == null ? Map.of() : data;
    }
  }

  /**
   * What one context did: rows deleted, rows anonymised, and what it keeps with the reason (for
   * example "12 orders: transaction records kept 3 years (E-Commerce Law art. 31)"); and the legal
   * minimum (RET-2) the caller puts into the archive vault in the same transaction — the context
   * keeps no identifying copy of it itself.
   */
  record Erasure(
      String context,
      int deleted,
      int anonymised,
      List<String> kept,
      List<LegalMinimum> legalMinimum) {
    public Erasure {
      Objects.requireNonNull(context, "context");
      kept = kept == null ? List.of() : List.copyOf(kept);
      legalMinimum = legalMinimum == null ? List.of() : List.copyOf(legalMinimum);
    }

    /** An erasure with nothing for the archive vault. */
    public Erasure(String context, int deleted, int anonymised, List<String> kept) {
      this(context, deleted, anonymised, kept, List.of());
    }
  }
}
