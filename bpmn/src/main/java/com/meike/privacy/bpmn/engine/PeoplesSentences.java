package com.meike.privacy.bpmn.engine;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * What a person reads when the application refuses a step they took in Tasklist or {@code
 * /engine-rest} (issue 17, item 3): the engine wraps an exception of a listener or delegate in its
 * own ("ENGINE-03051 … TaskListener … com.meike…DomainException: is required when rejecting"); this
 * interceptor answers such a call with one sentence in Chinese and English that says what to change
 * — no engine code, class name or definition id. A refusal of the application stays a refusal (403,
 * {@link AuthorizationException}), and the engine's own refusal of a start for want of a grant
 * ("does not have 'CREATE_INSTANCE' permission") reads as a sentence naming the process; bad input
 * is a form validation error (400). Calls of the application itself (no authenticated person) keep
 * the original exception.
 */
public final class PeoplesSentences extends CommandInterceptor {

  /** Known refusals, by field and the domain's message, in the words of the form. */
  static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry(
              "comment|is required when rejecting",
              "拒绝时必须填写理由：请在“说明”中写明原因。 A rejection needs a reason: write it in the comment."),
          Map.entry(
              "orderNumber|no order with this number was placed",
              "没有这个订单号的订单，请核对订单号。 No order has this number: check the order number."),
          Map.entry(
              "orderNumber|" + com.meike.privacy.kernel.order.OrderNumber.MESSAGE,
              "订单号是 MK 加 16 位数字，例如 MK2026112900000123。"
                  + " An order number is MK followed by 16 digits, e.g. MK2026112900000123."),
          Map.entry("escalationNote|is required", "请写明处理说明。 Write down what you did."),
          Map.entry(
              "customerServiceOutcome|this complaint names no order, so there is no recording to"
                  + " request",
              "此投诉未涉及订单，没有可调取的上门录音，请选择其他处理方式。"
                  + " This complaint names no order, so there is no recording to request: choose"
                  + " another decision."),
          Map.entry("orderNumber|is required", "请填写订单号。 Enter the order number."),
          Map.entry(
              "|登记此请求的人不能认领或决定，须由另一位法务同事审查 — whoever registered a disclosure request can"
                  + " neither claim nor decide it; another member of legal reviews it (DISC-1)",
              "您登记了此披露请求，不能认领或决定它，请交由另一位法务同事审查。"
                  + " You registered this disclosure request, so you cannot claim or decide it: another member of legal reviews it (DISC-1)."),
          Map.entry(
              "|登记此请求的人不能自己决定，须由另一位法务同事审查 — whoever registered a disclosure request cannot"
                  + " decide it; another member of legal reviews it (DISC-1)",
              "您登记了此披露请求，不能认领或决定它，请交由另一位法务同事审查。"
                  + " You registered this disclosure request, so you cannot claim or decide it: another member of legal reviews it (DISC-1)."),
          Map.entry(
              "|only members of the staff directory may apply to listen to a recording",
              "只有员工名录中的员工可以申请调取录音，请联系隐私办公室将您加入名录。"
                  + " Only staff in the staff directory may apply: ask the privacy office to add you."));

  /**
   * The start forms' fields by their labels (Chinese, English), so that a refusal the form cannot
   * foresee (a shutdown date inside the notice period, a category not in the catalogue, a time in
   * the future) names the field as the person saw it, not by its key.
   */
  static final Map<String, String[]> FIELD_LABELS =
      Map.ofEntries(
          Map.entry("shutdownDate", new String[] {"停运日期", "the shutdown date"}),
          Map.entry("service", new String[] {"停运的服务", "the service"}),
          Map.entry("reason", new String[] {"原因", "the reason"}),
          Map.entry("discoveredAt", new String[] {"发现日期", "when it was discovered"}),
          Map.entry("description", new String[] {"事件经过", "what happened"}),
          Map.entry("systems", new String[] {"涉及系统", "the systems involved"}),
          Map.entry("categories", new String[] {"个人信息类别", "the categories"}),
          Map.entry("estimatedPeople", new String[] {"涉及人数", "the number of people"}),
          Map.entry("grade", new String[] {"初步分级", "the grading"}),
          Map.entry("use", new String[] {"用途", "the use"}),
          Map.entry("urgency", new String[] {"紧急情况", "the urgency"}),
          Map.entry("feeAmount", new String[] {"费用（元）", "the fee in CNY"}),
          Map.entry("feeReason", new String[] {"收费理由", "the reason for the fee"}));

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (AuthorizationException e) {
      throw byPerson() ? startRefusal(e) : e;
    } catch (FormFieldValidationException e) {
      throw e;
    } catch (RuntimeException e) {
      DomainException domain = domainCause(e);
      if (domain == null || !byPerson()) {
        throw e;
      }
      String sentence = sentence(domain);
      if (domain.kind() == DomainException.Kind.FORBIDDEN) {
        throw EngineDoors.refused(sentence);
      }
      if (domain.kind() == DomainException.Kind.CONFLICT) {
        // a lost race (the step was decided meanwhile): 409 at the REST layer, like every race
        throw new org.camunda.bpm.engine.OptimisticLockingException(sentence);
      }
      throw new FormFieldValidationException(domain.field(), sentence);
    }
  }

  /**
   * The engine's refusal of a start for want of a grant ("The user 'cs.agent' does not have
   * 'CREATE_INSTANCE' permission on resource 'breach-notification' of type 'ProcessDefinition'") as
   * one sentence naming the process and who may start it; other refusals stay as they are.
   */
  static AuthorizationException startRefusal(AuthorizationException e) {
    List<MissingAuthorization> missing =
        e.getMissingAuthorizations() == null ? List.of() : e.getMissingAuthorizations();
    for (MissingAuthorization m : missing) {
      boolean definition =
          ProcessDefinitionPermissions.CREATE_INSTANCE
                  .getName()
                  .equals(m.getViolatedPermissionName())
              && Resources.PROCESS_DEFINITION.resourceName().equals(m.getResourceType());
      boolean instance =
          Permissions.CREATE.getName().equals(m.getViolatedPermissionName())
              && Resources.PROCESS_INSTANCE.resourceName().equals(m.getResourceType());
      if (definition || instance) {
        return new AuthorizationException(
            startSentence(definition ? processName(m.getResourceId()) : null));
      }
    }
    return e;
  }

  static String startSentence(String process) {
    return process == null
        ? "您无权发起此流程；如工作需要，请联系个人信息保护办公室为您所在的组授权。"
            + " You may not start this process: if your work needs it, ask the privacy office to"
            + " give your group the right to start it."
        : "您无权发起「"
            + process
            + "」流程；如工作需要，请联系个人信息保护办公室为您所在的组授权。 You may not start "
            + process
            + ": if your work needs it, ask the privacy office to give your group the right to"
            + " start it.";
  }

  /** The process's name as Tasklist shows it (its BPMN name), or null when it is not deployed. */
  private static String processName(String key) {
    if (key == null || key.isEmpty() || Authorization.ANY.equals(key)) {
      return null;
    }
    try {
      ProcessDefinitionEntity definition =
          Context.getProcessEngineConfiguration()
              .getDeploymentCache()
              .findDeployedLatestProcessDefinitionByKey(key);
      return definition.getName() == null ? null : definition.getName();
    } catch (RuntimeException unknown) {
      return null;
    }
  }

  static String sentence(DomainException e) {
    String field = e.field() == null ? "" : e.field();
    String known = KNOWN.get(field + "|" + e.getMessage());
    if (known != null) {
      return known;
    }
    String[] label = FIELD_LABELS.get(field);
    String what = field.isEmpty() ? "" : "「" + (label == null ? field : label[0]) + "」";
    String whatEnglish = field.isEmpty() ? "what you entered" : label == null ? field : label[1];
    return switch (e.kind()) {
      case FORBIDDEN -> "您不能执行此操作。 You may not do this: " + e.getMessage() + ".";
      case NOT_FOUND -> "找不到所需的记录。 Not found: " + e.getMessage() + ".";
      case CONFLICT ->
          "该案件已被更改，请刷新后重试。 The case changed meanwhile ("
              + e.getMessage()
              + "): reload and try again.";
      default -> "请检查" + what + "的填写。 Check " + whatEnglish + ": " + e.getMessage() + ".";
    };
  }

  static DomainException domainCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException domain) {
        return domain;
      }
    }
    return null;
  }

  private static boolean byPerson() {
    CommandContext context = Context.getCommandContext();
    return context != null
        && context.getAuthentication() != null
        && context.getAuthentication().getUserId() != null;
  }
}
