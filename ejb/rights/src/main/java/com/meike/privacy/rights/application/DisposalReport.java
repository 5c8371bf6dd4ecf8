package com.meike.privacy.rights.application;

import java.util.List;

/**
 * Proof of a disposal (SHUT-1): the identifying items every store held for the service before the
 * disposal and after it ({@code peopleBefore}/{@code peopleAfter}, summed over the verification's
 * lines — names kept from the first version, when only people with consent were counted); per
 * context the rows deleted and anonymised and what it keeps with the reason; and the last
 * verification, per context and category (tables, sealed file stores, the partner outbox, the
 * engine's tables): items left and items kept lawfully. {@code clean} is true when nothing is left.
 */
public record DisposalReport(
    String shutdownId,
    String service,
    long peopleBefore,
    long peopleAfter,
    List<ContextCount> contexts,
    List<StoreCount> remaining,
    boolean clean) {

  /** One context's part of the disposal. */
  public record ContextCount(String context, long deleted, long anonymised, String kept) {}

  /** One line of the verification: a category of one context's stores. */
  public record StoreCount(String context, String category, long left, long kept) {}

  /** The report as text for the task form (中文 English). */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("为该服务持有的可识别项 Identifying items held for the service: 处置前 before ")
        .append(peopleBefore)
        .append(" · 处置后 after ")
        .append(peopleAfter)
        .append('\n');
    for (ContextCount c : contexts) {
      out.append(c.context())
          .append(": 删除 deleted ")
          .append(c.deleted())
          .append(", 匿名化 anonymised ")
          .append(c.anonymised());
      if (c.kept() != null && !c.kept().isBlank()) {
        out.append(" — 保留 kept: ").append(c.kept());
      }
      out.append('\n');
    }
    if (!remaining.isEmpty()) {
      out.append("核验 Verification (每个存储 every store):\n");
      for (StoreCount s : remaining) {
        out.append("  ")
            .append(s.context())
            .append(" · ")
            .append(s.category())
            .append(": 残留 left ")
            .append(s.left());
        if (s.kept() > 0) {
          out.append(", 依法保留 kept lawfully ").append(s.kept());
        }
        out.append('\n');
      }
    }
    out.append(
        clean
            ? "核验通过：无可识别个人信息残留 Verified: nothing identifying is left"
            : "核验未通过 NOT verified: items are still held for the service");
    return out.toString();
  }
}
