package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.recording.domain.retention.Recording;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordingPersonalDataTest {

  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @Test
  @DisplayName(
      "DSR-1, REC-5, REC-6: the access part lists the recordings' metadata of the person's orders, never audio;"
          + " erasure names what the sweep destroys and what a hold keeps, and runs before the order context's")
  void metadataExportedAndErasureSaysWhatIsKept() {
    FakeOrders orders =
        new FakeOrders()
            .assigned("MK2026112900000001", "Shanghai", "u-1", "b-1")
            .assigned("MK2026112900000002", "Shanghai", "u-1", "b-1")
            .assigned("MK2026112900000003", "Shanghai", "u-2", "b-1");
    InMemoryRetention.Recordings recordings = new InMemoryRetention.Recordings();
    Recording plain = Recording.start("r-1", "MK2026112900000001", NOW, false);
    plain.end(NOW.plusSeconds(3600));
    recordings.add(plain);
    recordings.add(Recording.start("r-2", "MK2026112900000002", NOW, true));
    recordings.add(Recording.start("r-3", "MK2026112900000003", NOW, false));
    RecordingPersonalData holder = new RecordingPersonalData();
    holder.orders = orders;
    holder.recordings = recordings;
    holder.auditTrail = mock(AuditTrail.class);
    holder.versions = new DefaultRecordingSessionsTest.InMemoryVersions();

    Map<String, Object> data = holder.export("u-1", "handler").data();
    assertThat((List<?>) data.get("recordings"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(((Map<?, ?>) r).containsKey("audio")).isFalse());

    PersonalDataHolder.Erasure erasure = holder.erase("u-1", true, "cancellation", "handler");
    assertThat(erasure.kept())
        .containsExactly(
            "1 recording(s) destroyed by the retention sweep when their period ends (REC-5)",
            "1 recording(s) under a legal hold kept until it is released: evidence for a complaint or proceeding (REC-6)");
    assertThat(holder.erasureOrder()).isLessThan(0);
  }

  @Test
  @org.junit.jupiter.api.Tag("DATA-2")
  @DisplayName(
      "DATA-2: the client version joined with a person is in their access package and goes with their erasure")
  void deviceDataJoinedWithThePersonIsExportedAndErased() {
    RecordingPersonalData holder = new RecordingPersonalData();
    holder.orders = new FakeOrders();
    holder.recordings = new InMemoryRetention.Recordings();
    holder.auditTrail = mock(AuditTrail.class);
    DefaultRecordingSessionsTest.InMemoryVersions versions =
        new DefaultRecordingSessionsTest.InMemoryVersions();
    holder.versions = versions;
    versions.add(
        new com.meike.privacy.recording.domain.session.AppVersionReport(
            "u-1",
            com.meike.privacy.recording.domain.session.AppVersion.parse("5.1.0", "appVersion"),
            NOW));
    versions.add(
        new com.meike.privacy.recording.domain.session.AppVersionReport(
            "u-2",
            com.meike.privacy.recording.domain.session.AppVersion.parse("5.0.0", "appVersion"),
            NOW));

    Map<String, Object> data = holder.export("u-1", "handler").data();
    @SuppressWarnings("unchecked")
    Map<String, Object> app = (Map<String, Object>) data.get("appVersion");
    assertThat(app).containsEntry("appVersion", "5.1.0").containsEntry("reportedAt", NOW);

    PersonalDataHolder.Erasure erasure = holder.erase("u-1", false, "deletion request", "handler");
    assertThat(erasure.deleted()).isEqualTo(1);
    assertThat(versions.find("u-1")).isEmpty();
    assertThat(versions.find("u-2")).isPresent();
    assertThat(holder.export("u-1", "handler").data()).doesNotContainKey("appVersion");
  }
}
