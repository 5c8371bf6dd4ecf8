package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.domain.verification.PhoneVerificationRepository;
import com.meike.privacy.kernel.rights.RetentionJob;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The verification codes' retention rule (RET-1): a code (hashed phone, client and code) is deleted
 * {@value #DAYS} days (default 7) after it was issued — longer than the per-phone and per-address
 * rate windows it is counted in, so the limits still hold. One call is one batch and one
 * transaction, audited with its count.
 */
@Stateless
public class VerificationCodeRetention {

  private static final RetentionJob.Rule RULE =
      new RetentionJob.Rule(
          "identity.retention.deleted",
          "phone_verification",
          "%1$d verification code(s) issued before %2$s deleted (%3$d-day rule, RET-1)");

  public static final String DAYS = "meike.retention.verification-code-days";

  @Inject PhoneVerificationRepository verifications;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "7")
  int days;

  /** Deletes at most {@code limit} due codes in this transaction; how many. */
  public int deleteDue(int limit) {
    return RULE.apply(clock, days, limit, verifications::deleteIssuedBefore, auditTrail::record);
  }
}
