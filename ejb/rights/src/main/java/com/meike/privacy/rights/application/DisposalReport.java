package com.meike.privacy.rights.application;

import java.util.List;

/**
 * Proof of a disposal (SHUT-1): people linked to the service before and after, and per context the
 * rows deleted and anonymised and what it keeps with the reason. {@code clean} is true when nobody
 * is left linked to the service.
 */
public record DisposalReport(String shutdownId, String service, long peopleBefore, long peopleAfter,
    List<ContextCount> contexts, boolean clean) {

  /** One context's part. */
  public record ContextCount(String context, long deleted, long anonymised, String kept) {}

  /** The report as text for the task form (中文 English). */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("受影响人数 People linked to the service: 处置前 before ").append(peopleBefore)
        .append(" · 处置后 after ").append(peopleAfter).append('\n');
    for (ContextCount c : contexts) {
      out.append(c.context()).append(": 删除 deleted ").append(c.deleted()).append(", 匿名化 anonymised ")
          .append(c.anonymised());
      if (c.kept() != null && !c.kept().isBlank()) {
        out.append(" — 保留 kept: ").append(c.kept());
      }
      out.append('\n');
    }
    out.append(clean ? "核验通过：无可识别个人信息残留 Verified: nothing identifying is left"
        : "核验未通过 NOT verified: people are still linked to the service");
    return out.toString();
  }
}
