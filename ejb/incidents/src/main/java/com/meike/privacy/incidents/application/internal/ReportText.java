package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.incidents.domain.breach.BreachIncident;
import com.meike.privacy.kernel.time.ChinaTime;
import java.time.Instant;

/**
 * The report to the provincial cyberspace authority as generated from the records (INC-1, INC-4),
 * in Chinese with the English headings: the privacy officer reviews and edits it before submitting.
 */
final class ReportText {

  private ReportText() {}

  static String of(BreachIncident i, String noticesSoFar, boolean closing) {
    StringBuilder b = new StringBuilder();
    b.append(
        closing
            ? "网络安全事件报告（更新：事件已处置完毕）Incident report (updated at closing)\n"
            : "网络安全事件报告（初报）Incident report (initial)\n");
    b.append("事件编号 Incident: ").append(i.id()).append('\n');
    b.append("发现时间 Discovered: ").append(time(i.discoveredAt())).append('\n');
    b.append("事件分级 Grade: ").append(i.grade().label()).append('\n');
    b.append("事件经过 What happened: ").append(i.description()).append('\n');
    b.append("涉及系统 Systems: ").append(String.join(", ", i.systems())).append('\n');
    b.append("涉及个人信息类别 Categories of personal information: ")
        .append(String.join(", ", i.categories()))
        .append('\n');
    b.append("涉及人数（估计）People concerned (estimate): ").append(i.estimatedPeople()).append('\n');
    b.append("是否涉及儿童 Children affected: ")
        .append(i.childrenAffected() ? "是 yes" : "否 no")
        .append('\n');
    b.append("已采取的处置措施 Measures taken: ").append(i.measures().orElse("（尚无 none yet）")).append('\n');
    b.append("已发送的通知 Notices sent so far: ")
        .append(noticesSoFar == null || noticesSoFar.isBlank() ? "（尚无 none yet）" : noticesSoFar)
        .append('\n');
    i.reportSubmittedAt()
        .ifPresent(
            at ->
                b.append("初报时间及编号 Initial report: ")
                    .append(time(at))
                    .append(", ")
                    .append(i.reportReference().orElse(""))
                    .append('\n'));
    i.announcedAt()
        .ifPresent(at -> b.append("公告时间 Public announcement: ").append(time(at)).append('\n'));
    if (closing) {
      b.append("处置经过 How it was handled: ").append(i.handling().orElse("")).append('\n');
      b.append("经验教训 Lessons learned: ").append(i.lessons().orElse("")).append('\n');
    }
    return b.toString();
  }

  private static String time(Instant instant) {
    return ChinaTime.of(instant);
  }
}
