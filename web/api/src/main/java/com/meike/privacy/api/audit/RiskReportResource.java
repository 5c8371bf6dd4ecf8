package com.meike.privacy.api.audit;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.audit.application.AuditReports;
import com.meike.privacy.audit.application.AuditReports.ActionCount;
import com.meike.privacy.audit.application.AuditReports.Activity;
import com.meike.privacy.audit.application.AuditReports.ActorCount;
import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.incidents.application.BreachIncidents;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintStatistics;
import com.meike.privacy.incidents.application.IncidentStatistics;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.OpenHoldsView;
import com.meike.privacy.recording.application.RecordingRetention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The security-risk report for a period (AUD-3), produced from the records: what the audit trail
 * recorded (actions, who did the most, refusals), whether the chain is intact, incidents,
 * complaints and the legal holds open now. JSON, or a Markdown document to download ({@code Accept:
 * text/markdown}).
 */
@Path("risk-reports")
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class RiskReportResource {

  @Inject AuditReports reports;
  @Inject AuditTrail trail;
  @Inject BreachIncidents incidents;
  @Inject ComplaintService complaints;
  @Inject RecordingRetention retention;
  @Context SecurityContext security;

  /** The report as data. */
  public record RiskReport(
      LocalDate from,
      LocalDate to,
      Activity activity,
      ChainVerification chain,
      IncidentStatistics incidents,
      ComplaintStatistics complaints,
      OpenHoldsView legalHolds) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public RiskReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate first = day("from", from);
    LocalDate last = day("to", to);
    if (last.isBefore(first)) {
      throw DomainException.invalid("to", "must not be before 'from'");
    }
    Activity activity =
        reports.activity(
            first.atStartOfDay(CHINA).toInstant(),
            last.plusDays(1).atStartOfDay(CHINA).toInstant(),
            security.getUserPrincipal().getName());
    return new RiskReport(
        first,
        last,
        activity,
        trail.verify(),
        incidents.statistics(),
        complaints.statistics(),
        retention.openHolds());
  }

  @GET
  @Produces("text/markdown")
  public Response document(@QueryParam("from") String from, @QueryParam("to") String to) {
    RiskReport report = report(from, to);
    return Response.ok(markdown(report))
        .type("text/markdown; charset=UTF-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"risk-report-" + report.from() + "-" + report.to() + ".md\"")
        .build();
  }

  static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(
          field, "'" + field + "' is required: a date such as 2026-11-01 (China time)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          field, "'" + field + "' must be a date such as 2026-11-01 (China time)");
    }
  }

  static String markdown(RiskReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# 个人信息安全风险报告 Security-risk report\n\n")
        .append("期间 Period: ")
        .append(r.from())
        .append(" – ")
        .append(r.to())
        .append("（北京时间 China time）\n\n")
        .append("由记录生成，非人工填写 Produced from the records, not typed in (AUD-3).\n\n")
        .append("## 审计链 Audit chain\n\n")
        .append(r.chain().intact() ? "完整 Intact" : "**已被破坏 Broken**: " + r.chain().reason())
        .append(" — ")
        .append(r.chain().entriesChecked())
        .append(" entries checked, ")
        .append(r.chain().unchainedEntries())
        .append(" not chained yet.\n\n")
        .append("## 记录的操作 Actions recorded (")
        .append(r.activity().entries())
        .append(")\n\n")
        .append("| 操作 action | 次数 entries | 人数 actors |\n|---|---|---|\n");
    for (ActionCount a : r.activity().actions()) {
      md.append("| ")
          .append(a.action())
          .append(" | ")
          .append(a.entries())
          .append(" | ")
          .append(a.actors())
          .append(" |\n");
    }
    md.append("\n## 拒绝 Refusals\n\n");
    if (r.activity().refusals().isEmpty()) {
      md.append("无 None.\n");
    }
    for (ActionCount a : r.activity().refusals()) {
      md.append("- ").append(a.action()).append(": ").append(a.entries()).append("\n");
    }
    md.append(
        "\n## 操作最多的人员 Busiest actors\n\n| 人员 actor | 操作 action | 次数 entries |\n|---|---|---|\n");
    for (ActorCount a : r.activity().busiestActors()) {
      md.append("| ")
          .append(a.actor())
          .append(" | ")
          .append(a.action())
          .append(" | ")
          .append(a.entries())
          .append(" |\n");
    }
    md.append("\n## 安全事件 Incidents (all time)\n\n")
        .append("按级别 By grade: ")
        .append(r.incidents().byGrade())
        .append("; 未按时报告 reports missed: ")
        .append(r.incidents().reportsMissed())
        .append("\n\n")
        .append("## 投诉 Complaints (now)\n\n")
        .append("未结 Open: ")
        .append(r.complaints().open())
        .append("; 逾期 overdue: ")
        .append(r.complaints().overdue())
        .append("; 已答复 answered: ")
        .append(r.complaints().answered())
        .append("\n")
        .append("\n## 录音法律保全 Open legal holds on recordings (now)\n\n")
        .append("未解除 Open: ")
        .append(r.legalHolds().openHolds())
        .append("; 涉及订单 orders: ")
        .append(r.legalHolds().ordersHeld())
        .append("; 超期保留的录音 recordings kept past 7 days: ")
        .append(r.legalHolds().recordingsHeld())
        .append("; 最早 oldest: ")
        .append(
            r.legalHolds().oldestPlacedAt() == null
                ? "—"
                : r.legalHolds().oldestPlacedAt().atZone(CHINA).toLocalDateTime().withNano(0))
        .append("\n\n按来源 By kind: ")
        .append(r.legalHolds().byKind())
        .append("\n");
    return md.toString();
  }
}
