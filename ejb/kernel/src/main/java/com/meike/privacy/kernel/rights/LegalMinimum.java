package com.meike.privacy.kernel.rights;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the law requires a context to keep of a person after their data is deleted or their account
 * closed (RET-2): handed over with the context's {@link PersonalDataHolder.Erasure} and put into
 * the rights context's archive vault — sealed under the vault's own key, in its own table, read by
 * nothing but a lawful disclosure (DISC-1) — while the context's own copy is deleted or anonymised.
 *
 * @param category the purpose code of consent's catalogue the record belongs to (e.g. {@code
 *     payment.transactions}); a lawful disclosure's scope selects records by it
 * @param reference what the record is about, inside the context (e.g. the order number); sealed
 *     with the content, never stored in clear
 * @param content JSON-ready values (strings, numbers, booleans, {@link Instant}s, lists, maps)
 * @param keepAtLeastUntil the end of the legal period the context knows of (e.g. three years after
 *     the transaction); the vault keeps the record at least until then, and at least for its
 *     configured criminal limitation period
 * @param legalBasis the law that makes it keep the record, in words
 */
public record LegalMinimum(
    String category,
    String reference,
    Map<String, Object> content,
    Instant keepAtLeastUntil,
    String legalBasis) {

  public LegalMinimum {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(keepAtLeastUntil, "keepAtLeastUntil");
    Objects.requireNonNull(legalBasis, "legalBasis");
    content = content == null ? Map.of() : content;
  }
}
