package com.meike.privacy.bpmn.engine;

import com.meike.privacy.kernel.staff.StaffGroups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Tasklist's filters, one entry per kind of work (issue 17): its name in Chinese with English, the
 * processes whose tasks it lists, the staff groups that see it, and the process variables the list
 * shows under each task. Every filter of a kind of work lists the tasks assigned to the caller and
 * those of the caller's groups — claimed ones too, with who holds them, so colleagues and
 * supervisors see who works on what — most urgent (earliest due date) first.
 *
 * <p>A new process adds one entry to {@link #KINDS_OF_WORK} (a filter by process definition key
 * works before the process is deployed). Only variables that are ids, labels, dates or staff names
 * may be shown: the engine holds no personal data (README, "Personal data and the process engine").
 */
public final class TaskFilters {

  /** A variable shown in the list, with its label. */
  public record Shown(String name, String label) {}

  /** One filter of Tasklist. {@code groups} empty: every staff group sees it. */
  public record Definition(
      String name,
      String description,
      int priority,
      List<String> processKeys,
      List<String> groups,
      List<Shown> variables) {}

  /** The two filters everyone has: what I hold, and what my groups may take. */
  static final List<Definition> PERSONAL =
      List.of(
          new Definition(
              "我的任务 My tasks",
              "分配给我的任务，最紧急的在前 Tasks assigned to me, most urgent first",
              -10,
              List.of(),
              List.of(),
              List.of()),
          new Definition(
              "我的组任务 My group tasks",
              "我的组可以领取的任务，最紧急的在前 Unclaimed tasks my groups may take, most urgent first",
              -5,
              List.of(),
              List.of(),
              List.of()));

  /** One entry per kind of work; other processes add theirs here. */
  public static final List<Definition> KINDS_OF_WORK =
      List.of(
          new Definition(
              "录音调取审批 Recording access approvals",
              "待我审批或事后复核的录音调取申请，按截止时间排序 Applications to hear a visit recording waiting for my decision or review afterwards (REC-7), by due date",
              1,
              List.of("recording-access-approval"),
              List.of(
                  StaffGroups.DEPARTMENT_HEAD,
                  StaffGroups.SECURITY_HEAD,
                  StaffGroups.PRIVACY_OFFICER),
              List.of(
                  new Shown("orderNumber", "订单号 Order"),
                  new Shown("applicantName", "申请人 Applicant"))),
          new Definition(
              "客诉 Complaints",
              "我的组的投诉（含已领取的，显示处理人），最紧急的在前 My groups' complaints, claimed ones too, most urgent first",
              0,
              List.of("complaint-escalation"),
              List.of(
                  StaffGroups.CUSTOMER_SERVICE,
                  StaffGroups.CS_SUPERVISOR,
                  StaffGroups.PRIVACY_OFFICER,
                  StaffGroups.LEGAL),
              List.of(
                  new Shown("complaintNumber", "投诉编号 Complaint"),
                  new Shown("orderNumber", "订单号 Order"),
                  new Shown("tier", "层级 Tier"))),
          new Definition(
              "执法披露 Lawful disclosures",
              "待法务审查的执法披露请求，按截止时间排序 Authorities' disclosure requests waiting for legal, by due date",
              2,
              List.of("lawful-disclosure"),
              List.of(StaffGroups.LEGAL),
              List.of(new Shown("registeredByName", "登记人 Registered by"))),
          new Definition(
              "删除催办 Deletion chases",
              "合作方未确认的删除指令，按截止时间排序 Deletion orders partners have not acknowledged, by due date",
              3,
              List.of("partner-deletion-order"),
              List.of(StaffGroups.OPERATIONS, StaffGroups.PRIVACY_OFFICER),
              List.of(
                  new Shown("partnersOutstanding", "未确认合作方 Outstanding partners"),
                  new Shown("orderedAt", "下达时间 Ordered at"))),
          new Definition(
              "安全事件 Incidents and breach notices",
              "个人信息安全事件的处置与通知、年度演练，按截止时间排序 Personal-data incidents, their notices and the yearly drill, by due date",
              4,
              List.of("breach-notification", "incident-drill"),
              List.of(
                  StaffGroups.SECURITY_HEAD,
                  StaffGroups.SECURITY_TEAM,
                  StaffGroups.PRIVACY_OFFICER,
                  StaffGroups.LEGAL),
              List.of()),
          new Definition(
              "个人信息权利请求 Data-subject requests",
              "个人行使查阅、更正、删除等权利的请求，按截止时间排序 People's requests to access, correct or delete their data, by due date",
              5,
              List.of("data-subject-request"),
              List.of(
                  StaffGroups.PRIVACY_OFFICER,
                  StaffGroups.CUSTOMER_SERVICE,
                  StaffGroups.CS_SUPERVISOR),
              List.of(new Shown("lastDay", "答复期限 Last day to answer"))),
          new Definition(
              "停运数据处置 Shutdown data disposal",
              "停止运营时的个人信息处置任务，按截止时间排序 Disposing of personal data when the service shuts down, by due date",
              6,
              List.of("shutdown-data-disposal"),
              List.of(
                  StaffGroups.PRIVACY_OFFICER,
                  StaffGroups.OPERATIONS,
                  StaffGroups.SECURITY_TEAM,
                  StaffGroups.LEGAL),
              List.of(
                  new Shown("serviceName", "服务 Service"),
                  new Shown("shutdownDate", "停运日期 Shutdown date"))),
          new Definition(
              "监管阈值 Regulatory thresholds",
              "接近或达到法定阈值的计数，待隐私办公室审阅 Counters near or at a legal threshold, for the privacy office to review",
              7,
              List.of("regulatory-threshold-review"),
              List.of(StaffGroups.PRIVACY_OFFICER),
              List.of(
                  new Shown("peopleAbroad", "境外人数 People abroad"),
                  new Shown("totalPeople", "总人数 People"))));

  private TaskFilters() {}

  /** Every filter, personal ones first. */
  static List<Definition> all() {
    return java.util.stream.Stream.concat(PERSONAL.stream(), KINDS_OF_WORK.stream()).toList();
  }

  /** The query of a filter: see the class comment. */
  static TaskQuery query(Definition definition, TaskService tasks) {
    TaskQuery query = tasks.createTaskQuery();
    if (definition == PERSONAL.get(0)) {
      query.taskAssigneeExpression("${currentUser()}");
    } else if (definition == PERSONAL.get(1)) {
      query.taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned();
    } else {
      query
          .processDefinitionKeyIn(definition.processKeys().toArray(String[]::new))
          .or()
          .taskAssigneeExpression("${currentUser()}")
          .taskCandidateGroupInExpression("${currentUserGroups()}")
          .includeAssignedTasks()
          .endOr();
    }
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  /** Tasklist's filter properties: priority, description, auto-refresh and the shown variables. */
  static Map<String, Object> properties(Definition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", definition.priority());
    properties.put("refresh", true);
    properties.put("description", definition.description());
    properties.put(
        "variables",
        definition.variables().stream()
            .map(shown -> Map.of("name", shown.name(), "label", shown.label()))
            .toList());
    return properties;
  }
}
