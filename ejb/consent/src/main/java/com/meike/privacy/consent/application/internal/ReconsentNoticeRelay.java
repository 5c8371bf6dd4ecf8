package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.child.ChildStatusRepository;
import com.meike.privacy.consent.domain.holder.DataHolderTransfer;
import com.meike.privacy.consent.domain.holder.DataHolderTransferRepository;
import com.meike.privacy.consent.domain.policy.PolicyVersion;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import com.meike.privacy.consent.domain.policy.ReconsentNotices;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import com.meike.privacy.consent.domain.policy.ReconsentRequirementRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Tells the people a major policy change marked that they must consent again (CON-5, Part 2 §VIII),
 * one batch per transaction: each notice is claimed on its requirement and sent through {@link
 * ReconsentNotices} in the same transaction, so a notice is sent exactly when its claim commits,
 * and a crash leaves the rest for the next batch. A child's notice goes to the guardian, who
 * consents for them. People who accepted the new version before their turn are not told. Each batch
 * is audited once per version with the count; the requirement rows say who was told and when. A
 * requirement a transfer to a new holder caused (PTN-6) is told about that transfer instead of the
 * version's summary, under a notice id of its own.
 */
@Stateless
public class ReconsentNoticeRelay {

  @Inject ReconsentRequirementRepository requirements;
  @Inject PolicyVersionRepository policies;
  @Inject ChildStatusRepository children;
  @Inject DataHolderTransferRepository transfers;
  @Inject ReconsentNotices notices;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  /**
   * Sends the next batch of at most {@code batchSize} notices.
   *
   * @return how many notices this call sent
   */
  public int notifyNextBatch(int batchSize) {
    List<ReconsentRequirement> batch = requirements.awaitingNotice(batchSize);
    if (batch.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    Map<String, String> summaries = new HashMap<>();
    Map<String, Integer> sentPerVersion = new TreeMap<>();
    for (ReconsentRequirement requirement : batch) {
      String subject = requirement.subjectId();
      String version = requirement.policyVersion();
      String recipient = children.find(subject).map(ChildStatus::guardianId).orElse(subject);
      if (!requirements.claimNotice(subject, version, recipient, now)) {
        continue;
      }
      String transfer = requirement.dataHolderTransferId().orElse(null);
      String summary =
          transfer == null
              ? summaries.computeIfAbsent(
                  version, v -> policies.find(v).map(PolicyVersion::summary).orElse(""))
              : summaries.computeIfAbsent(
                  "transfer:" + transfer,
                  t -> transfers.find(transfer).map(DataHolderTransfer::noticeSummary).orElse(""));
      notices.send(
          new ReconsentNotices.Notice(
              transfer == null
                  ? noticeId(version, subject)
                  : noticeId(version + ":" + transfer, subject),
              recipient,
              subject,
              version,
              summary,
              now));
      sentPerVersion.merge(version, 1, Integer::sum);
    }
    sentPerVersion.forEach(
        (version, sent) ->
            auditTrail.record(
                new AuditEvent(
                    "system",
                    "policy.reconsent-notified",
                    ConsentViews.POLICY_VERSION,
                    version,
                    sent + " people told to consent again")));
    return sentPerVersion.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * A UUID like every message id partners see, but name-based (RFC 4122 version 3) on version and
   * person, so a notice re-sent after a crash carries the same id and the broker drops it.
   */
  static String noticeId(String version, String subject) {
    return UUID.nameUUIDFromBytes(
            ("reconsent:" + version + ":" + subject).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
