package com.meike.privacy.incidents.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.incidents.domain.breach.BreachIncident;
import com.meike.privacy.incidents.domain.breach.GradingRules;
import com.meike.privacy.incidents.domain.breach.IncidentGrade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("INC-1")
class ReportTextTest {

  @Test
  @DisplayName("INC-1: the report to the regulator gives the discovery in China time, never UTC")
  void theDiscoveryReadsInChinaTime() {
    // 01:00 UTC is 09:00 in Beijing
    BreachIncident incident =
        BreachIncident.register(
            Instant.parse("2026-12-06T01:00:00Z"),
            "订单库备份被未授权下载 An order backup was downloaded without authorisation",
            List.of("order-db"),
            Set.of("location.precise"),
            2_000,
            false,
            IncidentGrade.GENERAL,
            "sec.head",
            Instant.parse("2026-12-06T01:10:00Z"),
            new GradingRules(1_000_000, 10_000_000, 100_000_000),
            new BreachIncident.Clocks(
                Duration.ofHours(4),
                Duration.ofHours(24),
                Duration.ofHours(1),
                Duration.ofMinutes(30)));

    String report = ReportText.of(incident, null, false);

    assertThat(report)
        .contains("发现时间 Discovered: 2026年12月6日 09:00 (北京时间 China time)\n")
        .doesNotContain("2026-12-06T01:00");
  }
}
