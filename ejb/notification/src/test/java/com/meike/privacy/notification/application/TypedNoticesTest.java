package com.meike.privacy.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.internal.DefaultNoticeCampaigns;
import com.meike.privacy.notification.application.internal.DefaultNotifications;
import com.meike.privacy.testsupport.MethodValidation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The notification context's services take people as typed account ids, validated on the interface
 * as the server validates them before the service runs (issue 13): a malformed id never reaches the
 * partner or the campaign's recipient table, and the web layer answers with 400 naming the field.
 */
class TypedNoticesTest {

  static Notice notice(SubjectId subject) {
    return new Notice(subject, "complaint-answered", Map.of(), NoticeCategory.SERVICE);
  }

  static List<String> told(Notice notice) throws NoSuchMethodException {
    return MethodValidation.refusals(
        new DefaultNotifications(), Notifications.class.getMethod("tell", Notice.class), notice);
  }

  static List<String> batch(List<Notice> notices) throws NoSuchMethodException {
    return MethodValidation.refusals(
        new DefaultNotifications(),
        Notifications.class.getMethod("tellCampaignBatch", List.class, boolean.class),
        notices,
        true);
  }

  static List<String> listed(List<SubjectId> subjects) throws NoSuchMethodException {
    return MethodValidation.refusals(
        new DefaultNoticeCampaigns(),
        NoticeCampaigns.class.getMethod("addListed", String.class, List.class, String.class),
        "c-1",
        subjects,
        "sec.head");
  }

  static List<String> started(List<SubjectId> subjects) throws NoSuchMethodException {
    return started("BREACH", "INC-1", subjects);
  }

  static List<String> started(String purpose, String reference, List<SubjectId> subjects)
      throws NoSuchMethodException {
    return MethodValidation.refusals(
        new DefaultNoticeCampaigns(),
        NoticeCampaigns.class.getMethod("start", CampaignStart.class, String.class),
        new CampaignStart(
            purpose, reference, "breach-notice", Map.of(), Set.of(), Instant.EPOCH, subjects),
        "sec.head");
  }

  @Test
  @DisplayName("a notice names its person by account id; a malformed or missing one is refused")
  void aNoticeRefusesAMalformedOrMissingSubject() throws Exception {
    assertThat(told(notice(SubjectId.of("u-1")))).isEmpty();
    assertThat(told(notice(SubjectId.of("+86 138 0000 0000"))))
        .containsExactly("tell.notice.subject.value " + SubjectId.MESSAGE);
    assertThat(told(notice(null))).containsExactly("tell.notice.subject is required");
    assertThat(batch(List.of(notice(SubjectId.of("u-1")), notice(SubjectId.of("../x")))))
        .containsExactly("tellCampaignBatch.batch[1].subject.value " + SubjectId.MESSAGE);
  }

  @Test
  @DisplayName(
      "INC-2: the people a campaign lists are account ids; one malformed id refuses the list")
  void aCampaignRefusesAMalformedListedPerson() throws Exception {
    assertThat(listed(List.of(SubjectId.of("a-1"), SubjectId.of("a-2")))).isEmpty();
    assertThat(listed(List.of(SubjectId.of("a-1"), SubjectId.of("not an id"))))
        .containsExactly("addListed.subjects[1].value " + SubjectId.MESSAGE);
    assertThat(listed(null)).containsExactly("addListed.subjects is required");
    assertThat(started(List.of(SubjectId.of("a-1")))).isEmpty();
    assertThat(started(List.of(SubjectId.of("a b"))))
        .containsExactly("start.start.subjects[0].value " + SubjectId.MESSAGE);
  }

  @Test
  @DisplayName(
      "INC-2: a campaign's purpose is upper-case letters and its reference at most 64 characters;"
          + " anything else is refused naming the field")
  void aCampaignRefusesAMalformedPurposeOrReference() throws Exception {
    assertThat(started("SHUTDOWN_NOTICE", "svc-1", List.of())).isEmpty();
    assertThat(started("breach", "INC-1", List.of()))
        .containsExactly("start.start.purpose " + CampaignStart.PURPOSE_MESSAGE);
    assertThat(started(null, "INC-1", List.of()))
        .containsExactly("start.start.purpose is required");
    assertThat(started("BREACH", " ", List.of()))
        .containsExactly("start.start.reference is required");
    assertThat(started("BREACH", "x".repeat(65), List.of()))
        .containsExactly("start.start.reference " + CampaignStart.REFERENCE_MESSAGE);
  }

  @Test
  @DisplayName("a person's devices and notices are asked for by a well-formed account id")
  void devicesAndNoticesRefuseAMalformedOrMissingSubject() throws Exception {
    assertThat(
            MethodValidation.refusals(
                new DefaultNotifications(),
                Notifications.class.getMethod("sentTo", SubjectId.class),
                SubjectId.of("not an id")))
        .containsExactly("sentTo.subject.value " + SubjectId.MESSAGE);
    assertThat(
            MethodValidation.refusals(
                new com.meike.privacy.notification.application.internal.DefaultDevices(),
                Devices.class.getMethod(
                    "register", SubjectId.class, String.class, String.class, String.class),
                null,
                "d-1",
                "getui",
                "token"))
        .containsExactly("register.subject is required");
  }
}
