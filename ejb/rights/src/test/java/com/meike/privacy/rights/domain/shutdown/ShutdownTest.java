package com.meike.privacy.rights.domain.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShutdownTest {

  static final Instant NOW = Instant.parse("2026-09-28T02:00:00Z");

  static WorkingDayCalendar nationalDay() {
    List<LocalDate> holidays = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      holidays.add(LocalDate.of(2026, 10, d));
    }
    return WorkingDayCalendar.of(holidays, List.of(LocalDate.of(2026, 10, 10)));
  }

  @Test
  @DisplayName(
      "SHUT-1: the shutdown date is at least 30 working days after the notice, on the PRC calendar")
  void noticePeriodCountsWorkingDays() {
    NoticePeriod period = new NoticePeriod(nationalDay(), 30);
    LocalDate monday = LocalDate.of(2026, 9, 28);
    LocalDate earliest = period.earliestShutdown(monday);
    // 30 working days: the National Day week does not count, the working Saturday 10-10 does
    assertThat(earliest).isEqualTo(LocalDate.of(2026, 11, 13));
    period.check(monday, earliest);
    assertThatThrownBy(() -> period.check(monday, earliest.minusDays(1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.field()).isEqualTo("shutdownDate");
              assertThat(e.getMessage()).contains("2026-11-13").contains("30 working days");
            });
  }

  @Test
  @DisplayName(
      "SHUT-1: approval stops collection at that instant; a failed verification goes back to disposal, never to done")
  void lifeOfAShutdown() {
    Shutdown shutdown =
        new Shutdown(
            "recording.shanghai", LocalDate.of(2026, 11, 13), "城市停止录音", "privacy.officer", NOW);
    assertThat(shutdown.state()).isEqualTo(ShutdownState.REQUESTED);
    assertThat(shutdown.collectionStoppedAt()).isEmpty();
    Instant approved = NOW.plusSeconds(3600);
    shutdown.approve("privacy.officer", "同意", approved);
    assertThat(shutdown.state()).isEqualTo(ShutdownState.COLLECTION_STOPPED);
    assertThat(shutdown.collectionStoppedAt()).contains(approved);
    shutdown.noticesSent(2, "acc-2");
    shutdown.announced(approved);
    shutdown.disposalStarted(2);
    shutdown.disposalStarted(2); // a retried first batch does not restart
    shutdown.disposed(2, 0, "acc-2");
    shutdown.disposalFinished(approved);
    shutdown.counted(1);
    assertThatThrownBy(() -> shutdown.signOff("privacy.officer", approved))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    shutdown.disposeAgain();
    assertThat(shutdown.state()).isEqualTo(ShutdownState.DISPOSING);
    assertThat(shutdown.disposalCursor()).isEmpty();
    shutdown.disposalFinished(approved);
    shutdown.counted(0);
    shutdown.signOff("privacy.officer", approved);
    assertThat(shutdown.state()).isEqualTo(ShutdownState.VERIFIED);
  }

  @Test
  @DisplayName("SHUT-1: rejected shutdowns stop nothing; a step out of order is a conflict")
  void outOfOrder() {
    Shutdown shutdown =
        new Shutdown("feature.voice-shopping", LocalDate.of(2026, 11, 13), "下线", "ops.head", NOW);
    assertThatThrownBy(() -> shutdown.announced(NOW)).isInstanceOf(DomainException.class);
    shutdown.reject("privacy.officer", "还有用户", NOW);
    assertThat(shutdown.collectionStoppedAt()).isEmpty();
    assertThatThrownBy(() -> shutdown.approve("privacy.officer", "x", NOW))
        .isInstanceOf(DomainException.class);
  }

  @Test
  @DisplayName(
      "SHUT-1: a city's service covers its purposes in its city only; a feature everywhere")
  void coverage() {
    CollectingService shanghai =
        new CollectingService(
            "recording.shanghai",
            "上海上门服务录音",
            "Visit recording in Shanghai",
            ServiceKind.CITY_SERVICE,
            "Shanghai",
            Set.of("service.recording"),
            Set.of(),
            false);
    assertThat(shanghai.covers(List.of("service.recording"), "Shanghai")).isTrue();
    assertThat(shanghai.covers(List.of("service.recording"), "Hangzhou")).isFalse();
    assertThat(shanghai.covers(List.of("service.recording"), null))
        .isFalse(); // consent is not per city
    CollectingService everywhere =
        new CollectingService(
            "feature.visit-recording",
            "服务录音",
            "Visit recording",
            ServiceKind.FEATURE,
            null,
            Set.of("service.recording"),
            Set.of(),
            false);
    assertThat(everywhere.covers(List.of("service.recording"), null)).isTrue();
    assertThat(everywhere.covers(List.of("service.recording"), "Hangzhou")).isTrue();
    assertThat(shanghai.covers(List.of("location.precise"), "Shanghai")).isFalse();
  }
}
