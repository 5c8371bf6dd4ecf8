package com.meike.privacy.recording.domain.access;

import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.problem.DomainException.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingAccessGrantTest {

  static final Instant ISSUED = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(24));
  static final OrderNumber ORDER = OrderNumber.of("MK2026112900000123");
  static final OrderNumber OTHER_ORDER = OrderNumber.of("MK2026112900000124");
  static final String HOLDER = "ops.agent";

  private final RecordingAccessGrant grant =
      RecordingAccessGrant.issue(
          "grant-1",
          "app-1",
          ORDER,
          AllowedUse.DISPUTE_EVIDENCE,
          HOLDER,
          ISSUED,
          Duration.ofHours(24));

  @Test
  void the_holder_opens_the_granted_order_while_it_is_active() {
    assertThat(grant.stateAt(ISSUED)).isEqualTo(GrantState.ACTIVE);
    assertThat(grant.opens(ORDER, HOLDER, ISSUED)).isTrue();
    assertThat(grant.opens(ORDER, HOLDER, EXPIRES.minusNanos(1000))).isTrue();
    assertThat(grant.refusalFor(ORDER, HOLDER, ISSUED.plusSeconds(60))).isEmpty();
  }

  @Test
  void another_order_is_refused() {
    assertThat(grant.opens(OTHER_ORDER, HOLDER, ISSUED)).isFalse();
    assertThat(grant.refusalFor(OTHER_ORDER, HOLDER, ISSUED)).contains(GrantRefusal.OTHER_ORDER);
    assertThat(grant.refusalFor(null, HOLDER, ISSUED)).contains(GrantRefusal.OTHER_ORDER);
  }

  @Test
  void another_holder_is_refused() {
    assertThat(grant.opens(ORDER, "ops.head", ISSUED)).isFalse();
    assertThat(grant.refusalFor(ORDER, "ops.head", ISSUED)).contains(GrantRefusal.OTHER_HOLDER);
    assertThat(grant.refusalFor(ORDER, null, ISSUED)).contains(GrantRefusal.OTHER_HOLDER);
  }

  @Test
  void an_expired_grant_is_refused_from_the_moment_it_expires() {
    assertThat(grant.stateAt(EXPIRES)).isEqualTo(GrantState.EXPIRED);
    assertThat(grant.opens(ORDER, HOLDER, EXPIRES)).isFalse();
    assertThat(grant.refusalFor(ORDER, HOLDER, EXPIRES.plusSeconds(1)))
        .contains(GrantRefusal.EXPIRED);
  }

  @Test
  void a_revoked_grant_is_refused_from_the_moment_of_revocation() {
    Instant revoked = ISSUED.plus(Duration.ofHours(2));

    grant.revoke("privacy.officer", "application made in error", revoked);

    assertThat(grant.stateAt(revoked)).isEqualTo(GrantState.REVOKED);
    assertThat(grant.stateAt(EXPIRES.plusSeconds(1))).isEqualTo(GrantState.REVOKED);
    assertThat(grant.opens(ORDER, HOLDER, revoked)).isFalse();
    assertThat(grant.refusalFor(ORDER, HOLDER, revoked.plusSeconds(1)))
        .contains(GrantRefusal.REVOKED);
    assertThat(grant.revokedAt()).contains(revoked);
    assertThat(grant.revokedBy()).contains("privacy.officer");
    assertThat(grant.revocationReason()).contains("application made in error");
  }

  @Test
  void revoking_needs_a_reason() {
    assertInvalid(() -> grant.revoke("privacy.officer", " ", ISSUED), "reason");
    assertInvalid(() -> grant.revoke("privacy.officer", null, ISSUED), "reason");
    assertInvalid(() -> grant.revoke("privacy.officer", "x".repeat(1001), ISSUED), "reason");
    assertThat(grant.stateAt(ISSUED)).isEqualTo(GrantState.ACTIVE);
  }

  @Test
  void only_an_active_grant_can_be_revoked() {
    assertKind(() -> grant.revoke("privacy.officer", "too late", EXPIRES), Kind.CONFLICT);

    grant.revoke("privacy.officer", "first", ISSUED.plusSeconds(1));
    assertKind(() -> grant.revoke("legal.counsel", "second", ISSUED.plusSeconds(2)), Kind.CONFLICT);
    assertThat(grant.revokedBy()).contains("privacy.officer");
  }
}
