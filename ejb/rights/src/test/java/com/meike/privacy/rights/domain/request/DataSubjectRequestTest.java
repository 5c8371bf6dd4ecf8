package com.meike.privacy.rights.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DataSubjectRequestTest {

  static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

  static DataSubjectRequest request(
      RequestKind kind, DeletionGround ground, RequestChannel channel) {
    return DataSubjectRequest.receive("r1", "acc-1", "acc-1", channel, kind, ground, false, NOW);
  }

  @Test
  @DisplayName("DSR-2: a deletion names one of the five grounds; other kinds name none")
  void deletionNeedsAGround() {
    assertThatThrownBy(() -> request(RequestKind.DELETION, null, RequestChannel.APP))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("five grounds");
    assertThatThrownBy(
            () -> request(RequestKind.ACCESS, DeletionGround.NO_CONSENT, RequestChannel.APP))
        .isInstanceOf(DomainException.class);
    assertThat(
            request(RequestKind.DELETION, DeletionGround.NO_CONSENT, RequestChannel.APP)
                .deletionGround())
        .contains(DeletionGround.NO_CONSENT);
  }

  @Test
  @DisplayName(
      "DSR-5: nothing is answered before identity is verified; the clock starts at verification")
  void nothingBeforeVerification() {
    DataSubjectRequest request = request(RequestKind.ACCESS, null, RequestChannel.APP);
    assertThat(request.verification()).isEqualTo(Verification.PHONE_CODE);
    assertThat(request.dueAt()).isNull();
    assertThatThrownBy(() -> request.fulfilled("cs", "sealed", NOW))
        .isInstanceOf(DomainException.class);
    request.verified("acc-1", NOW, DeadlinePolicy.standard(), WorkingDayCalendar.weekdaysOnly());
    assertThat(request.state()).isEqualTo(RequestState.IN_PROGRESS);
    assertThat(request.dueAt()).isNotNull();
    request.fulfilled("cs", "sealed", NOW);
    assertThat(request.state()).isEqualTo(RequestState.FULFILLED);
  }

  @Test
  @DisplayName(
      "DSR-5, ID-7: a cancellation and a request by phone are verified by customer service")
  void staffVerifiesCancellationAndPhone() {
    assertThat(request(RequestKind.CANCELLATION, null, RequestChannel.APP).verification())
        .isEqualTo(Verification.STAFF);
    assertThat(request(RequestKind.ACCESS, null, RequestChannel.PHONE).verification())
        .isEqualTo(Verification.STAFF);
    assertThat(request(RequestKind.ACCESS, null, RequestChannel.GUARDIAN).verification())
        .isEqualTo(Verification.PHONE_CODE);
  }

  @Test
  @DisplayName("DSR-2: a refusal states its ground")
  void refusalNamesItsGround() {
    DataSubjectRequest request =
        request(RequestKind.DELETION, DeletionGround.NO_LONGER_USING, RequestChannel.APP);
    request.verified("acc-1", NOW, DeadlinePolicy.standard(), WorkingDayCalendar.weekdaysOnly());
    assertThatThrownBy(() -> request.refused("po", null, "sealed", NOW))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("ground");
    request.refused("po", RefusalGround.CRIMINAL_JUSTICE, "sealed", NOW);
    assertThat(request.refusalGround()).contains(RefusalGround.CRIMINAL_JUSTICE);
  }

  @Test
  @DisplayName("CMP-1: a complaint follows an answer, once")
  void complaintAfterTheAnswer() {
    DataSubjectRequest request = request(RequestKind.ACCESS, null, RequestChannel.APP);
    assertThatThrownBy(() -> request.complained("CP1")).isInstanceOf(DomainException.class);
    request.notVerified("system", NOW);
    request.complained("CP1");
    assertThatThrownBy(() -> request.complained("CP2")).isInstanceOf(DomainException.class);
  }

  @Test
  @DisplayName("DSR-1: an access package is handed out once")
  void packageOnce() {
    AccessPackage pkg = new AccessPackage("r1", "sealed", "00", 2, NOW);
    assertThat(pkg.takeOnce(NOW)).isEqualTo("sealed");
    assertThat(pkg.available()).isFalse();
    assertThatThrownBy(() -> pkg.takeOnce(NOW))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("once");
  }
}
